/**
 * Derives the self-contained schemas of the compact validators
 * (`src/compact/compact-validator.ts`) from `schemas/`.
 */

import { banner } from './banner.mjs';
import { withoutAnnotations } from './validators.mjs';

/** Schema keys that get a compact validator: the ones the engine bundles. */
export const compactSchemaKeys = ['snapshot'];

/** Keywords a compact validator checks; a schema using any other is refused. */
const supported = new Set([
  '$ref', 'type', 'const', 'enum', 'anyOf', 'minLength', 'pattern', 'minimum', 'items',
  'required', 'properties', 'additionalProperties',
]);

/**
 * `compact-validators.ts`: one `validate<Pascal>Compact` per key of
 * {@link compactSchemaKeys}, each a `/* @__PURE__ *\/` call so bundlers drop
 * the ones an app does not import.
 *
 * @param {import('./read-schemas.mjs').SchemaFile[]} schemas
 */
export function compactValidatorsCode(schemas) {
  const exports = compactSchemaKeys.map((key) => {
    const file = schemas.find((schema) => schema.key === key);
    if (!file) throw new Error(`compact validator: no schema with key "${key}"`);
    return (
      `/**\n * Validates a value against \`schemas/${file.file}\`, like {@link validate${file.pascal}}, but stops at the\n` +
      ` * first error: a much smaller validator for bundles where size matters.\n *\n` +
      ` * @example\n * \`\`\`ts\n * if (!validate${file.pascal}Compact(value)) console.error(validate${file.pascal}Compact.errors?.[0]?.message);\n * \`\`\`\n */\n` +
      `export const validate${file.pascal}Compact: SchemaValidator<SchemaType<'${key}'>> = /* @__PURE__ */ compactValidator(\n` +
      `  ${JSON.stringify(compactSchema(schemas, file))},\n);\n`
    );
  });
  return (
    `${banner}\n\n` +
    `import { compactValidator } from '../compact/compact-validator.js';\n` +
    `import type { SchemaValidator } from '../schema-validator.js';\n` +
    `import type { SchemaType } from '../schema-type.js';\n\n` +
    `${exports.join('\n')}`
  );
}

/**
 * A self-contained copy of `file`'s schema without annotations: every `$ref`
 * (local or into another file of `schemas`) points at `#/$defs/<name>` of the
 * copy, and only the definitions reached are kept.
 *
 * @param {import('./read-schemas.mjs').SchemaFile[]} schemas
 * @param {import('./read-schemas.mjs').SchemaFile} file
 */
export function compactSchema(schemas, file) {
  const defs = {};
  const names = new Map();
  const where = `${file.file}: compact validator`;

  const resolve = (ref, from) => {
    const match = /^([\w.-]*)#\/\$defs\/(\w+)$/.exec(ref);
    if (!match) throw new Error(`${where}: unsupported $ref "${ref}" (only "[file]#/$defs/Name")`);
    const target = match[1] === '' ? from : schemas.find((schema) => schema.file === match[1]);
    if (!target) throw new Error(`${where}: $ref "${ref}" names an unknown schema file`);
    const id = `${target.file}#${match[2]}`;
    if (!names.has(id)) {
      const taken = new Set(names.values());
      const name = taken.has(match[2]) ? `${target.key}${match[2]}` : match[2];
      names.set(id, name);
      const definition = target.schema.$defs?.[match[2]];
      if (!definition) throw new Error(`${where}: $ref "${ref}" points at nothing`);
      defs[name] = walk(withoutAnnotations(definition), target);
    }
    return `#/$defs/${names.get(id)}`;
  };

  const walk = (schema, from) => {
    if (typeof schema === 'boolean') throw new Error(`${where}: boolean schemas are only supported as "additionalProperties"`);
    const out = {};
    for (const [keyword, value] of Object.entries(schema)) {
      if (keyword === '$schema' || keyword === '$id' || keyword === '$defs') continue;
      if (!supported.has(keyword)) throw new Error(`${where}: keyword "${keyword}" is not supported`);
      if (keyword === '$ref') {
        if (Object.keys(schema).length > 1) throw new Error(`${where}: "$ref" beside other keywords is not supported`);
        out.$ref = resolve(value, from);
      } else if ((keyword === 'const' || keyword === 'enum') && [value].flat().some((v) => v !== null && typeof v === 'object')) {
        throw new Error(`${where}: "${keyword}" with an object or array value is not supported`);
      } else if (keyword === 'type' && typeof value !== 'string') {
        throw new Error(`${where}: "type" must be a single type`);
      } else if (keyword === 'properties') {
        out.properties = Object.fromEntries(Object.entries(value).map(([key, sub]) => [key, walk(sub, from)]));
      } else if (keyword === 'anyOf') {
        out.anyOf = value.map((sub) => walk(sub, from));
      } else if (keyword === 'items' || keyword === 'additionalProperties') {
        out[keyword] = keyword === 'additionalProperties' && typeof value === 'boolean' ? value : walk(value, from);
      } else {
        out[keyword] = value;
      }
    }
    return out;
  };

  const root = walk(withoutAnnotations(file.schema), file);
  return { ...root, $defs: defs };
}
