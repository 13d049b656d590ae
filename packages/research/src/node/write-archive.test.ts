import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baseBundle } from '../../test/fixtures/base-bundle.js';
import { renderArchive } from '../archive/render-archive.js';
import { writeArchive } from './write-archive.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copekit-archive-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeArchive', () => {
  it('writes every rendered file byte for byte, creating folders', async () => {
    const target = join(dir, 'nested', '1.0.0');
    const written = await writeArchive(baseBundle, target);
    const expected = renderArchive(baseBundle);
    expect(written).toEqual([...expected.keys()]);
    for (const [path, content] of expected) expect(await readFile(join(target, path), 'utf8')).toBe(content);
    expect((await readdir(join(target, 'lessons'))).sort()).toEqual(['daily-check-in.html', 'pacing-basics.html', 'safety-check.html']);
  });

  it('overwrites an earlier archive in place', async () => {
    await writeArchive(baseBundle, dir);
    await writeArchive(baseBundle, dir);
    expect(await readFile(join(dir, 'index.html'), 'utf8')).toBe(renderArchive(baseBundle).get('index.html'));
  });

  it('refuses lesson ids that would escape the folder before writing anything', async () => {
    const hostile = { ...baseBundle, lessons: [{ ...baseBundle.lessons[0]!, id: '../outside' }] };
    await expect(writeArchive(hostile, dir)).rejects.toThrow('is not kebab-case');
    expect(await readdir(dir)).toEqual([]);
  });
});
