import { describe, expect, it } from 'vitest';
import { isCurriculumFile, isIgnoredName } from './curriculum-files.js';

describe('isCurriculumFile', () => {
  it.each([
    'curriculum.yaml',
    'package.json',
    'instruments/phq-9.yaml',
    'pacing/pacing-basics.mdx',
    'welcome.mdx',
    'sleep/extra/deep.mdx',
  ])('reads %s', (path) => {
    expect(isCurriculumFile(path)).toBe(true);
  });

  it.each([
    ['the changelog', 'CHANGELOG.md'],
    ['a readme', 'README.md'],
    ['a nested manifest', 'pacing/curriculum.yaml'],
    ['a nested package.json', 'pacing/package.json'],
    ['an instrument with .yml', 'instruments/phq-9.yml'],
    ['an instrument in a subfolder', 'instruments/old/phq-9.yaml'],
    ['YAML outside instruments', 'pacing/notes.yaml'],
    ['a lesson in node_modules', 'node_modules/pkg/lesson.mdx'],
    ['a lesson in a dot-folder', '.git/lesson.mdx'],
    ['a dotfile lesson', 'pacing/.draft.mdx'],
    ['an editor swap file', 'pacing/.pacing-basics.mdx.swp'],
    ['a backup file', 'pacing/pacing-basics.mdx~'],
    ['a test', 'test/lessons.test.ts'],
    ['a package.json in node_modules', 'node_modules/package.json'],
  ])('skips %s', (_label, path) => {
    expect(isCurriculumFile(path)).toBe(false);
  });
});

describe('isIgnoredName', () => {
  it('ignores node_modules, dot names and empty segments', () => {
    expect(['node_modules', '.git', '.cache', '', 'pacing', 'instruments'].map(isIgnoredName)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
