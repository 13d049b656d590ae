/**
 * Compiles the schemas into validators with ajv's standalone mode, so no
 * `new Function` runs at run time (strict Content-Security-Policy).
 */

import { createRequire } from 'node:module';
import Ajv2020Module from 'ajv/dist/2020.js';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { banner } from './banner.mjs';

const Ajv2020 = Ajv2020Module.default;
const standaloneCode = standaloneCodeModule.default;
const require = createRequire(import.meta.url);

/**
 * Options of the ajv instance the validators are compiled with. `discriminator`
 * enables the OpenAPI keyword the bundle schema uses for tagged unions;
 * `allErrors` reports every problem at once, which authors need.
 */
export const ajvOptions = {
  code: { source: true, esm: true, lines: true },
  discriminator: true,
  allErrors: true,
  strict: true,
};

/**
 * `validators.js`: one export per schema, each a `/* @__PURE__ *\/` IIFE, so
 * bundlers drop the validators an app does not import.
 *
 * @param {import('./read-schemas.mjs').SchemaFile[]} schemas
 */
export function validatorsCode(schemas) {
  const ajv = new Ajv2020(ajvOptions);
  for (const { schema } of schemas) ajv.addSchema(withoutAnnotations(schema));
  const exports = schemas.map(({ pascal, schema }) => {
    const code = standaloneCode(ajv, { validate: schema.$id });
    const match = /^"use strict";\nexport const validate = (\w+);\n/.exec(code);
    if (!match) throw new Error(`Unexpected ajv standalone output for ${schema.$id}`);
    const body = inlineRuntime(code.slice(match[0].length), schema.$id);
    return `export const validate${pascal} = /* @__PURE__ */ (() => {\n${body}\nreturn ${match[1]};\n})();\n`;
  });
  return `${banner}\n\n${exports.join('\n')}`;
}

/**
 * `validators.d.ts`: each validator typed by the `SchemaType` of its key.
 *
 * @param {import('./read-schemas.mjs').SchemaFile[]} schemas
 */
export function validatorsDeclarations(schemas) {
  const lines = schemas.map(
    ({ key, pascal, file }) =>
      `/** Validates a value against \`schemas/${file}\`. */\n` +
      `export declare const validate${pascal}: SchemaValidator<SchemaType<'${key}'>>;`,
  );
  return (
    `${banner}\n\n` +
    `import type { SchemaValidator } from '../schema-validator.js';\n` +
    `import type { SchemaType } from '../schema-type.js';\n\n` +
    `${lines.join('\n\n')}\n`
  );
}

/**
 * ajv's standalone code `require`s small runtime helpers even in ESM mode. The
 * ones that are single self-contained functions are inlined; any other is an error.
 */
const inlinableRuntime = ['ucs2length', 'equal'];

function inlineRuntime(code, id) {
  return code
    .replace(/require\("ajv\/dist\/runtime\/([\w-]+)"\)\.default/g, (_, name) => {
      if (!inlinableRuntime.includes(name)) {
        throw new Error(`${id}: the validator needs ajv runtime "${name}", which cannot be inlined; avoid the keyword that needs it`);
      }
      const source = require(`ajv/dist/runtime/${name}.js`).default.toString();
      if (!source.startsWith('function')) throw new Error(`ajv runtime "${name}" is not a plain function`);
      return `(${source})`;
    })
    .replace(/\brequire\(/g, () => {
      throw new Error(`${id}: the validator code still calls require()`);
    });
}

const annotations = new Set(['title', 'description', 'default', 'examples', '$comment']);
const schemaMaps = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
const schemaLists = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const schemaValues = new Set([
  'items', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'propertyNames',
  'contains', 'not', 'if', 'then', 'else',
]);

/**
 * A copy of a schema without annotations (`title`, `description`, …), which do
 * not change what it accepts: ajv embeds schema objects in the generated code,
 * and the descriptions would more than double its size.
 */
export function withoutAnnotations(schema) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (annotations.has(keyword)) continue;
    if (schemaMaps.has(keyword)) {
      out[keyword] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutAnnotations(v)]));
    } else if (schemaLists.has(keyword)) {
      out[keyword] = value.map(withoutAnnotations);
    } else {
      out[keyword] = schemaValues.has(keyword) ? withoutAnnotations(value) : value;
    }
  }
  return out;
}
