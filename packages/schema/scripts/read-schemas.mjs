/**
 * Finds the schemas of `schemas/` and names them.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} SchemaFile
 * @property {string} file File name, e.g. `lesson-front-matter.schema.json`.
 * @property {string} key camelCase key, e.g. `lessonFrontMatter`.
 * @property {string} pascal PascalCase key, e.g. `LessonFrontMatter`.
 * @property {Record<string, any>} schema The parsed schema.
 */

/**
 * Reads every `*.schema.json` of a folder, sorted by file name.
 *
 * @param {string} schemasDir
 * @returns {SchemaFile[]}
 */
export function readSchemas(schemasDir) {
  return readdirSync(schemasDir)
    .filter((file) => file.endsWith('.schema.json'))
    .sort()
    .map((file) => {
      const stem = file.slice(0, -'.schema.json'.length);
      const schema = JSON.parse(readFileSync(join(schemasDir, file), 'utf8'));
      if (typeof schema.$id !== 'string') throw new Error(`${file}: the schema has no "$id"`);
      const key = stem.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
      return { file, key, pascal: key[0].toUpperCase() + key.slice(1), schema };
    });
}
