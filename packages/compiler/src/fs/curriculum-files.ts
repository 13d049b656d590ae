/**
 * Which files of a curriculum folder the compiler reads.
 *
 * @module
 */

/**
 * Whether a path (relative to the curriculum root, POSIX separators) is a
 * source file of the curriculum: `curriculum.yaml`, `package.json`,
 * `instruments/<id>.yaml` or any `.mdx` lesson. Paths inside `node_modules`
 * or inside a dotfile or dot-folder are never sources.
 *
 * @example
 * ```ts
 * isCurriculumFile('pacing/pacing-basics.mdx'); // => true
 * isCurriculumFile('instruments/phq-9.yaml'); // => true
 * isCurriculumFile('CHANGELOG.md'); // => false
 * isCurriculumFile('node_modules/x/lesson.mdx'); // => false
 * ```
 */
export function isCurriculumFile(path: string): boolean {
  const segments = path.split('/');
  if (segments.some(isIgnoredName)) return false;
  if (path === 'curriculum.yaml' || path === 'package.json') return true;
  if (segments.length === 2 && segments[0] === 'instruments' && path.endsWith('.yaml')) return true;
  return path.endsWith('.mdx');
}

/**
 * Whether a file or folder name is never part of a curriculum: dotfiles,
 * dot-folders (`.git`, editor swap files) and `node_modules`.
 */
export function isIgnoredName(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.') || name === '';
}
