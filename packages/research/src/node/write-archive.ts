/**
 * Writes a rendered archive to disk (Node only).
 *
 * @module
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Bundle } from '@copekit/schema';
import { renderArchive } from '../archive/render-archive.js';

/**
 * Renders the static archive of a bundle and writes it under `dir`
 * (created when missing; files already there are overwritten, others left
 * alone). Returns the written paths, relative to `dir`, in archive order.
 *
 * @example
 * ```ts
 * import { writeArchive } from '@copekit/research/node';
 *
 * await writeArchive(bundle, 'archive/1.2.0');
 * // => ['index.html', 'lessons/pacing-basics.html', …]
 * ```
 */
export async function writeArchive(bundle: Bundle, dir: string): Promise<string[]> {
  const root = resolve(dir);
  const files = renderArchive(bundle);
  for (const [path, content] of files) {
    const target = resolve(root, path);
    const inside = relative(root, target);
    if (inside.startsWith('..') || isAbsolute(inside)) throw new Error(`Archive path ${JSON.stringify(path)} would be written outside ${root}.`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content, 'utf8');
  }
  return [...files.keys()];
}
