/**
 * Paths as people read them: relative to the current directory when inside
 * it, absolute otherwise.
 *
 * @module
 */

import { isAbsolute, join, relative, sep } from 'node:path';

/**
 * The path of `file` (relative to the curriculum folder `dir`, POSIX) as seen
 * from `cwd`, with POSIX separators: `curriculum/pacing/pacing-basics.mdx`.
 * Paths outside `cwd` stay absolute, rather than climbing with `../..`.
 */
export function displayPath(cwd: string, dir: string, file = ''): string {
  const path = join(dir, ...file.split('/'));
  const fromCwd = relative(cwd, path);
  if (fromCwd === '') return '.';
  const outside = fromCwd === '..' || fromCwd.startsWith(`..${sep}`) || isAbsolute(fromCwd);
  const shown = outside ? path : fromCwd;
  return shown.split(sep).join('/');
}
