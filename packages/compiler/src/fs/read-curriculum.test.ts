/// <reference types="node" />
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCurriculum } from './read-curriculum.js';
import { createTestFolder, type TestFolder } from './test-folder.js';

let folder: TestFolder;
beforeEach(async () => {
  folder = await createTestFolder();
});
afterEach(async () => {
  await folder.remove();
});

describe('readCurriculum', () => {
  it('reads the manifest, package.json, instruments and lessons, sorted by path', async () => {
    await folder.write('sleep/wind-down.mdx', 'wind down');
    await folder.write('curriculum.yaml', 'id: test');
    await folder.write('pacing/pacing-basics.mdx', 'pacing');
    await folder.write('package.json', '{"version":"1.0.0"}');
    await folder.write('instruments/phq-9.yaml', 'id: phq-9');
    await folder.write('instruments/gad-7.yaml', 'id: gad-7');
    await folder.write('welcome.mdx', 'welcome');
    await folder.write('pacing/extra/deep.mdx', 'deep');

    expect(await readCurriculum(folder.dir)).toEqual([
      { path: 'curriculum.yaml', value: 'id: test' },
      { path: 'instruments/gad-7.yaml', value: 'id: gad-7' },
      { path: 'instruments/phq-9.yaml', value: 'id: phq-9' },
      { path: 'pacing/extra/deep.mdx', value: 'deep' },
      { path: 'pacing/pacing-basics.mdx', value: 'pacing' },
      { path: 'package.json', value: '{"version":"1.0.0"}' },
      { path: 'sleep/wind-down.mdx', value: 'wind down' },
      { path: 'welcome.mdx', value: 'welcome' },
    ]);
  });

  it('skips node_modules, dotfiles, dot-folders, the changelog and other files', async () => {
    await folder.write('curriculum.yaml', 'id: test');
    await folder.write('CHANGELOG.md', '# Changelog');
    await folder.write('README.md', '# Readme');
    await folder.write('node_modules/.cache/copekit/compile-cache.json', '{}');
    await folder.write('node_modules/pkg/lesson.mdx', 'not a lesson');
    await folder.write('.git/HEAD', 'ref');
    await folder.write('.drafts/lesson.mdx', 'draft');
    await folder.write('pacing/.pacing-basics.mdx.swp', 'swap');
    await folder.write('instruments/notes.txt', 'notes');
    await folder.write('test/lessons.test.ts', 'test');

    expect((await readCurriculum(folder.dir)).map((file) => file.path)).toEqual(['curriculum.yaml']);
  });

  it('keeps the text exactly as written, UTF-8 and line endings included', async () => {
    await folder.write('pacing/pacing-basics.mdx', '---\r\nid: café\r\n---\r\n\r\nRéglez votre rythme — 💪\r\n');

    const [file] = await readCurriculum(folder.dir);
    expect(file?.value).toBe('---\r\nid: café\r\n---\r\n\r\nRéglez votre rythme — 💪\r\n');
  });

  it('does not follow symbolic links to folders', async () => {
    const outside = await createTestFolder();
    try {
      await outside.write('elsewhere.mdx', 'outside');
      await symlink(outside.dir, join(folder.dir, 'linked'));
      await folder.write('home.mdx', 'home');

      expect((await readCurriculum(folder.dir)).map((file) => file.path)).toEqual(['home.mdx']);
    } finally {
      await outside.remove();
    }
  });

  it('gives an empty list for a folder without curriculum files', async () => {
    expect(await readCurriculum(folder.dir)).toEqual([]);
  });

  it('rejects with the file-system error when the folder does not exist', async () => {
    await expect(readCurriculum(join(folder.dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
