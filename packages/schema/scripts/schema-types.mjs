/**
 * Generates TypeScript types from the schemas with json-schema-to-typescript.
 * They prove the hand-written types agree with the schemas (a type test).
 */

import { compile } from 'json-schema-to-typescript';
import { banner } from './banner.mjs';

/**
 * `schema-types.ts`: the type of every schema, and `GeneratedSchemaTypes`
 * mapping each schema key to its root type.
 *
 * @param {import('./read-schemas.mjs').SchemaFile[]} schemas
 * @returns {Promise<string>}
 */
export function schemaTypes(schemas) {
  const byId = new Map(schemas.map(({ schema }) => [schema.$id, forTypeScript(schema)]));
  const root = {
    title: 'GeneratedSchemaTypes',
    description: 'The type of every schema, by schema key.',
    type: 'object',
    properties: Object.fromEntries(schemas.map(({ key, schema }) => [key, { $ref: schema.$id }])),
    required: schemas.map(({ key }) => key),
    additionalProperties: false,
  };
  return compile(root, 'GeneratedSchemaTypes', {
    bannerComment: `${banner}\n`,
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    unknownAny: true,
    $refOptions: {
      resolve: {
        http: false,
        file: false,
        // Cross-file `$ref`s resolve against the versioned `$id`s: serve them from memory.
        copekit: {
          order: 1,
          canRead: /^https:\/\/copekit\.org\//,
          read: ({ url }) => {
            const schema = byId.get(url.replace(/#.*$/, ''));
            if (!schema) throw new Error(`Unknown schema ${url}`);
            return JSON.stringify(schema);
          },
        },
      },
    },
  });
}

/**
 * Rewrites a schema into the shape json-schema-to-typescript understands, without
 * changing what it accepts:
 * - a `$ref` beside annotations only keeps the `$ref`, so every use shares one
 *   named type instead of a copy per description;
 * - an object closed to every property is `Record<string, never>`, not `{}`
 *   (which would accept any object);
 * - `properties` beside `allOf` move into the `allOf`, which the tool would
 *   otherwise ignore.
 */
export function forTypeScript(node) {
  if (Array.isArray(node)) return node.map(forTypeScript);
  if (!node || typeof node !== 'object') return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, forTypeScript(v)]));
  if (typeof out.$ref === 'string' && Object.keys(out).every((k) => ['$ref', 'description', 'title'].includes(k))) {
    return { $ref: out.$ref };
  }
  if (out.properties && Object.keys(out.properties).length === 0 && out.additionalProperties === false) {
    return { ...out, tsType: 'Record<string, never>' };
  }
  if (Array.isArray(out.allOf) && out.properties) {
    const { properties, required, additionalProperties, unevaluatedProperties, ...rest } = out;
    return { ...rest, allOf: [...out.allOf, { type: 'object', properties, required: required ?? [] }] };
  }
  return out;
}
