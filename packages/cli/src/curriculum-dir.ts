/**
 * Checks that a folder holds a curriculum before reading it.
 *
 * @module
 */

import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/**
 * The absolute path of `dir`, resolved against `cwd` (default: the current
 * directory). Throws a {@link UsageError}, naming `dir` as given, when it does
 * not exist, is not a folder, or has no `curriculum.yaml`.
 */
export async function curriculumDir(dir: string, cwd = '.'): Promise<string> {
  const path = resolve(cwd, dir);
  const folder = await stat(path).catch(() => undefined);
  if (folder === undefined) {
    throw new UsageError(`No folder \`${dir}\`.`, 'Pass the folder that holds curriculum.yaml, for example `copekit validate curriculum`.');
  }
  if (!folder.isDirectory()) {
    throw new UsageError(`\`${dir}\` is a file, not a folder.`, 'Pass the folder that holds curriculum.yaml, not a file in it.');
  }
  const manifest = await stat(join(path, 'curriculum.yaml')).catch(() => undefined);
  if (manifest === undefined || !manifest.isFile()) {
    throw new UsageError(
      `\`${dir}\` has no curriculum.yaml, so it is not a curriculum folder.`,
      'Pass the folder that holds curriculum.yaml (the default is `curriculum`).',
    );
  }
  return path;
}
