/// <reference types="node" />
import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactSchema, defaultPaths, forTypeScript, generate, readSchemas, withoutAnnotations } from '../scripts/generate.mjs';

describe('generated files', () => {
  it('are up to date with schemas/ (run `pnpm --filter @copekit/schema generate`)', async () => {
    const files = await generate();
    expect([...files.keys()].map((path) => basename(path)).sort()).toEqual([
      'compact-validators.ts',
      'schema-types.ts',
      'schemas.ts',
      'validators.d.ts',
      'validators.js',
    ]);
    for (const [path, content] of files) {
      expect(readFileSync(path, 'utf8'), `${basename(path)} is stale`).toBe(content);
    }
  }, 60_000);

  it('pick up every schema file of schemas/', () => {
    const onDisk = readdirSync(defaultPaths.schemasDir).filter((file) => file.endsWith('.schema.json'));
    const validators = readFileSync(`${defaultPaths.outDir}/validators.js`, 'utf8');
    const schemas = readSchemas(defaultPaths.schemasDir);
    expect(schemas.map((schema) => schema.file)).toEqual(onDisk.sort());
    for (const { pascal } of schemas) expect(validators).toContain(`export const validate${pascal} = /* @__PURE__ */ (() => {`);
  });

  it('contain no code that compiles code at run time or requires modules', () => {
    const validators = readFileSync(`${defaultPaths.outDir}/validators.js`, 'utf8');
    expect(validators).not.toMatch(/new Function|\beval\(|\brequire\(/);
  });

  it('name schemas by their file name', () => {
    expect(readSchemas(defaultPaths.schemasDir).find((schema) => schema.file === 'lesson-front-matter.schema.json'))
      .toMatchObject({ key: 'lessonFrontMatter', pascal: 'LessonFrontMatter' });
  });
});

describe('withoutAnnotations', () => {
  it('drops annotation keywords but keeps properties that share their names', () => {
    const schema = {
      title: 'Lesson',
      description: 'A lesson.',
      type: 'object',
      properties: {
        title: { description: 'The title.', type: 'string', default: 'Untitled' },
        description: { type: 'string', examples: ['x'] },
      },
      oneOf: [{ title: 'A', const: 'a' }],
      items: { $comment: 'c', type: 'string' },
      enum: [{ title: 'data, not a keyword' }],
    };
    expect(withoutAnnotations(schema)).toEqual({
      type: 'object',
      properties: { title: { type: 'string' }, description: { type: 'string' } },
      oneOf: [{ const: 'a' }],
      items: { type: 'string' },
      enum: [{ title: 'data, not a keyword' }],
    });
  });
});

describe('forTypeScript', () => {
  it('keeps only the $ref of a reference with annotations', () => {
    expect(forTypeScript({ properties: { id: { description: 'The id.', $ref: '#/$defs/Id' } } })).toEqual({
      properties: { id: { $ref: '#/$defs/Id' } },
    });
  });

  it('keeps a reference that also constrains', () => {
    const schema = { $ref: '#/$defs/Id', minLength: 3 };
    expect(forTypeScript(schema)).toEqual(schema);
  });

  it('types an object closed to every property as Record<string, never>', () => {
    expect(forTypeScript({ type: 'object', properties: {}, additionalProperties: false })).toEqual({
      type: 'object',
      properties: {},
      additionalProperties: false,
      tsType: 'Record<string, never>',
    });
  });

  it('moves properties beside allOf into the allOf', () => {
    expect(
      forTypeScript({
        type: 'object',
        allOf: [{ $ref: '#/$defs/Base' }],
        properties: { kind: { const: 'rating' } },
        required: ['kind'],
        unevaluatedProperties: false,
      }),
    ).toEqual({
      type: 'object',
      allOf: [{ $ref: '#/$defs/Base' }, { type: 'object', properties: { kind: { const: 'rating' } }, required: ['kind'] }],
    });
  });
});

describe('compactSchema', () => {
  const file = (name: string, schema: Record<string, unknown>) => ({ file: `${name}.schema.json`, key: name, pascal: name, schema });
  const other = file('other', { $defs: { Id: { description: 'An id.', type: 'string', pattern: '^[a-z]+$' } } });

  it('inlines the definitions reached through local and cross-file $refs, without annotations', () => {
    const main = file('main', {
      $id: 'https://example.org/main.schema.json',
      title: 'Main',
      type: 'object',
      properties: { id: { $ref: 'other.schema.json#/$defs/Id' }, self: { $ref: '#/$defs/Id' } },
      $defs: { Id: { enum: ['a'] }, Unused: { type: 'number' } },
    });
    expect(compactSchema([main, other], main)).toEqual({
      type: 'object',
      properties: { id: { $ref: '#/$defs/Id' }, self: { $ref: '#/$defs/mainId' } },
      $defs: { Id: { type: 'string', pattern: '^[a-z]+$' }, mainId: { enum: ['a'] } },
    });
  });

  it('refuses what a compact validator would not check', () => {
    const refuse = (schema: Record<string, unknown>) => () => compactSchema([file('main', schema), other], file('main', schema));
    expect(refuse({ type: 'object', maxProperties: 2 })).toThrow('main.schema.json: compact validator: keyword "maxProperties" is not supported');
    expect(refuse({ type: ['string', 'null'] })).toThrow('"type" must be a single type');
    expect(refuse({ const: { a: 1 } })).toThrow('"const" with an object or array value is not supported');
    expect(refuse({ items: false })).toThrow('boolean schemas are only supported as "additionalProperties"');
    expect(refuse({ $ref: 'other.schema.json#/$defs/Id', minLength: 1 })).toThrow('"$ref" beside other keywords is not supported');
    expect(refuse({ $ref: 'missing.schema.json#/$defs/Id' })).toThrow('names an unknown schema file');
    expect(refuse({ $ref: 'other.schema.json#/$defs/Nope' })).toThrow('points at nothing');
    expect(refuse({ $ref: 'https://example.org/x.json' })).toThrow('unsupported $ref');
  });
});
