#!/usr/bin/env node
/**
 * Generates `src/generated/*` from every `schemas/*.schema.json` of the repository:
 *
 * - `validators.js` + `validators.d.ts`: one precompiled ajv validator per schema
 *   (`validators.mjs`);
 * - `compact-validators.ts`: smaller first-error validators for the schemas the
 *   engine bundles (`compact-schemas.mjs`);
 * - `schemas.ts`: the schema objects (imported from the JSON files) and `schemaIds`;
 * - `schema-types.ts`: TypeScript types from json-schema-to-typescript
 *   (`schema-types.mjs`), used to prove the hand-written types agree with the schemas.
 *
 * Run `pnpm --filter @copekit/schema generate` after changing a schema. A test
 * re-runs `generate()` in memory and fails when the committed files are stale.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { banner } from './banner.mjs';
import { readSchemas } from './read-schemas.mjs';
import { schemaTypes } from './schema-types.mjs';
import { validatorsCode, validatorsDeclarations } from './validators.mjs';
import { compactValidatorsCode } from './compact-schemas.mjs';

export { readSchemas } from './read-schemas.mjs';
export { forTypeScript } from './schema-types.mjs';
export { ajvOptions, withoutAnnotations } from './validators.mjs';
export { compactSchema, compactSchemaKeys } from './compact-schemas.mjs';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Default locations: the repository's `schemas/` and this package's `src/generated/`. */
export const defaultPaths = {
  schemasDir: resolve(packageDir, '../../schemas'),
  outDir: resolve(packageDir, 'src/generated'),
};

/**
 * Generates the files in memory.
 *
 * @param {{ schemasDir?: string, outDir?: string }} [paths]
 * @returns {Promise<Map<string, string>>} absolute path → content
 */
export async function generate(paths = {}) {
  const { schemasDir, outDir } = { ...defaultPaths, ...paths };
  const schemas = readSchemas(schemasDir);
  return new Map([
    [join(outDir, 'validators.js'), validatorsCode(schemas)],
    [join(outDir, 'validators.d.ts'), validatorsDeclarations(schemas)],
    [join(outDir, 'compact-validators.ts'), compactValidatorsCode(schemas)],
    [join(outDir, 'schemas.ts'), schemasModule(schemas, relative(outDir, schemasDir).split('\\').join('/'))],
    [join(outDir, 'schema-types.ts'), await schemaTypes(schemas)],
  ]);
}

/**
 * `schemas.ts`: the schema objects, imported from the JSON files, and `schemaIds`.
 *
 * @param {import('./read-schemas.mjs').SchemaFile[]} schemas
 * @param {string} schemasPath the schemas folder relative to the output folder
 */
function schemasModule(schemas, schemasPath) {
  const imports = schemas.map(({ key, file }) => `import ${key}Json from '${schemasPath}/${file}' with { type: 'json' };`);
  const objects = schemas.map(
    ({ key, file, schema }) =>
      `/** ${schema.title}: \`schemas/${file}\`, \`${schema.$id}\`. */\nexport const ${key}Schema: JsonSchema = ${key}Json;`,
  );
  const ids = schemas.map(({ key, schema }) => `  ${key}: '${schema.$id}',`);
  return (
    `${banner}\n\n` +
    `import type { JsonSchema } from '../json-schema.js';\n${imports.join('\n')}\n\n` +
    `${objects.join('\n\n')}\n\n` +
    `/** The \`$id\` of every schema, by schema key. */\nexport const schemaIds = {\n${ids.join('\n')}\n} as const;\n`
  );
}

/** Writes the generated files. */
async function main() {
  for (const [path, content] of await generate()) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    console.log(`wrote ${relative(process.cwd(), path)} (${content.length} chars)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
