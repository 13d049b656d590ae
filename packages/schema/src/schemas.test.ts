/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { defaultPaths, readSchemas } from '../scripts/generate.mjs';
import { patternPhrases } from './error-message.js';

const schemas = readSchemas(defaultPaths.schemasDir);

/** The schemas this package owns; other helpers add theirs to the same folder. */
const authoring = ['bundle', 'components', 'curriculum', 'instrument', 'lessonFrontMatter'];

type Node = Record<string, any>;

/** Every subschema of a schema, with its JSON Pointer. */
function* subschemas(node: unknown, pointer = ''): Generator<[string, Node]> {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return;
  yield [pointer, node as Node];
  for (const [keyword, value] of Object.entries(node)) {
    if (['properties', 'patternProperties', '$defs', 'dependentSchemas'].includes(keyword)) {
      for (const [name, child] of Object.entries(value as Node)) yield* subschemas(child, `${pointer}/${keyword}/${name}`);
    } else if (['allOf', 'anyOf', 'oneOf', 'prefixItems'].includes(keyword)) {
      for (const [index, child] of (value as unknown[]).entries()) yield* subschemas(child, `${pointer}/${keyword}/${index}`);
    } else if (
      ['items', 'additionalProperties', 'unevaluatedProperties', 'propertyNames', 'contains', 'not', 'if', 'then', 'else'].includes(keyword)
    ) {
      yield* subschemas(value, `${pointer}/${keyword}`);
    }
  }
}

/**
 * Pointers of the `$defs` that are deliberately open parts: reached through
 * `$ref`, `allOf`, `oneOf` or `anyOf` from a schema with
 * `unevaluatedProperties: false`, which closes them where they are used (the
 * bundle's `Item` and `ItemBlock`).
 */
function openParts(schema: Node): Set<string> {
  const parts = new Set<string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const { $ref, allOf = [], oneOf = [], anyOf = [] } = node as Node;
    const local = typeof $ref === 'string' ? /^#\/\$defs\/([^/]+)$/.exec($ref) : null;
    if (local && !parts.has(`/$defs/${local[1]}`)) {
      parts.add(`/$defs/${local[1]}`);
      visit(schema.$defs?.[local[1]!]);
    }
    for (const child of [...allOf, ...oneOf, ...anyOf]) visit(child);
  };
  for (const [, node] of subschemas(schema)) if (node.unevaluatedProperties === false) visit(node);
  return parts;
}

/** Pointers of the objects with `properties` that are not open parts. */
function objectsWithProperties(schema: Node): [string, Node][] {
  const open = openParts(schema);
  return [...subschemas(schema)].filter(([pointer, node]) => node.properties && !open.has(pointer));
}

describe.each(schemas.map((schema) => [schema.file, schema] as const))('%s', (file, { schema }) => {
  it('has a versioned $id, the 2020-12 dialect, a title and a description', () => {
    expect(schema.$id).toBe(`https://copekit.org/schemas/v1/${file}`);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toMatch(/^Copekit /);
    expect(schema.description).toEqual(expect.any(String));
  });

  it('describes every property, for editors to show as help', () => {
    const undescribed = [...subschemas(schema)].flatMap(([pointer, node]) =>
      Object.entries((node.properties ?? {}) as Node)
        .filter(([, property]) => typeof property.description !== 'string' || property.description.length < 3)
        .map(([name]) => `${pointer}/properties/${name}`),
    );
    expect(undescribed).toEqual([]);
  });

  it('says explicitly whether each object allows other properties', () => {
    const implicit = objectsWithProperties(schema)
      .filter(([, node]) => node.additionalProperties === undefined && node.unevaluatedProperties === undefined)
      .map(([pointer]) => pointer || '(root)');
    expect(implicit).toEqual([]);
  });

});

describe.each(schemas.filter(({ key }) => authoring.includes(key)).map((schema) => [schema.file, schema] as const))('%s', (_, { schema }) => {
  it('closes every object, as the TypeScript types are closed', () => {
    const open = objectsWithProperties(schema)
      .filter(([, node]) => node.additionalProperties !== false && node.unevaluatedProperties !== false)
      .map(([pointer]) => pointer || '(root)');
    expect(open).toEqual([]);
  });

  it('explains each of its patterns in readable errors', () => {
    const patterns = [...subschemas(schema)].flatMap(([, node]) => (typeof node.pattern === 'string' ? [node.pattern] : []));
    expect(patterns.filter((pattern) => !(pattern in patternPhrases))).toEqual([]);
  });
});

/**
 * The YAML extension for VS Code validates with draft-07 semantics. The schemas
 * authors' editors read stick to keywords that mean the same in draft-07 and
 * 2020-12, so completion, hover and checks work there too.
 */
const draft7Compatible = new Set([
  '$schema', '$id', '$ref', '$defs', 'title', 'description', 'default', 'examples', 'type', 'properties',
  'required', 'additionalProperties', 'enum', 'const', 'pattern', 'minLength', 'maxLength', 'minimum',
  'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'items', 'minItems', 'maxItems', 'uniqueItems',
]);

describe.each(
  schemas.filter(({ key }) => ['curriculum', 'instrument', 'lessonFrontMatter', 'components'].includes(key)).map((schema) => [schema.file, schema] as const),
)('%s (read by editors)', (_, { schema }) => {
  it('uses only keywords that mean the same in draft-07', () => {
    const used = new Set([...subschemas(schema)].flatMap(([, node]) => Object.keys(node)));
    expect([...used].filter((keyword) => !draft7Compatible.has(keyword))).toEqual([]);
    for (const [pointer, node] of subschemas(schema)) {
      expect(Array.isArray(node.items), `${pointer}/items is a schema, not a tuple`).toBe(false);
      expect(typeof node.exclusiveMinimum === 'boolean', pointer).toBe(false);
    }
  });

  it('refers to no other file, so a modeline to the file is enough', () => {
    const refs = [...subschemas(schema)].flatMap(([, node]) => (typeof node.$ref === 'string' ? [node.$ref] : []));
    expect(refs.filter((ref) => !ref.startsWith('#/$defs/'))).toEqual([]);
  });
});

describe('shared definitions', () => {
  const defs = (key: string) => schemas.find((schema) => schema.key === key)!.schema.$defs as Node;

  it('treat only the item parts of the bundle as open parts', () => {
    expect([...openParts(schemas.find((schema) => schema.key === 'bundle')!.schema)].sort()).toEqual(
      ['ChoiceItem', 'ItemBase', 'ItemVariants', 'NumberItem', 'RatingItem', 'ScaleItem', 'TextItem', 'ThoughtRecordItem'].map(
        (name) => `/$defs/${name}`,
      ),
    );
  });

  it('use one kebab-case id pattern everywhere', () => {
    for (const key of ['bundle', 'components', 'curriculum', 'instrument', 'lessonFrontMatter']) {
      expect(defs(key).Id.pattern, key).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    }
  });

  it('use one risk threshold pattern for instruments and components', () => {
    expect(defs('components').Threshold.pattern).toBe(defs('instrument').Threshold.pattern);
  });

  it('list the lesson kinds of the TypeScript type', () => {
    expect(defs('lessonFrontMatter').LessonKind.enum).toEqual(['session', 'check-in', 'measure', 'safety', 'practice']);
  });

  it('give every component of the vocabulary a definition and a property', () => {
    const components = schemas.find((schema) => schema.key === 'components')!.schema;
    const names = ['Step', 'Rating', 'Choice', 'Option', 'TextEntry', 'NumberEntry', 'ThoughtRecord', 'Practice', 'Cue', 'Homework', 'Instrument', 'Show', 'CoachNote', 'Crisis'];
    expect(Object.keys(components.properties)).toEqual(names);
    expect(Object.keys(components.$defs).filter((name) => !['Id', 'Threshold'].includes(name))).toEqual(names);
    for (const name of names) expect(components.properties[name].$ref).toBe(`#/$defs/${name}`);
  });

  it('document the defaults the compiler applies', () => {
    const { Homework, Rating, Choice, Option } = defs('components');
    expect([Homework.properties.times.default, Homework.properties.days.default]).toEqual([1, 7]);
    expect([Rating.properties.optional.default, Choice.properties.multiple.default, Option.properties.risk.default]).toEqual([false, false, false]);
  });
});
