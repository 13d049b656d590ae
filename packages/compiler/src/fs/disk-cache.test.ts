/// <reference types="node" />
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFileName, createDiskCache } from './disk-cache.js';
import { createTestFolder, type TestFolder } from './test-folder.js';
import type { CachedFileResult } from '../types.js';

let folder: TestFolder;
beforeEach(async () => {
  folder = await createTestFolder();
});
afterEach(async () => {
  await folder.remove();
});

const result = (id: string): CachedFileResult => ({
  lesson: { id },
  messages: [{ reason: `About ${id}`, ruleId: 'readability', severity: 'warning', file: `${id}.mdx`, line: 1, column: 1 }],
});

describe('createDiskCache', () => {
  it('keeps its file under node_modules/.cache/copekit of the root by default', () => {
    expect(createDiskCache(folder.dir).file).toBe(join(folder.dir, 'node_modules', '.cache', 'copekit', cacheFileName));
  });

  it('keeps its file in the given directory', () => {
    expect(createDiskCache(folder.dir, { directory: join(folder.dir, 'cache') }).file).toBe(
      join(folder.dir, 'cache', 'compile-cache.json'),
    );
  });

  it('starts empty when there is no cache file', () => {
    expect(createDiskCache(folder.dir).get('sha256:a')).toBeUndefined();
  });

  it('gives back what was set, before and after saving, and in a new cache from the same file', async () => {
    const cache = createDiskCache(folder.dir);
    cache.set('sha256:a', result('a'));
    expect(cache.get('sha256:a')).toEqual(result('a'));

    await cache.save();
    expect(cache.get('sha256:a')).toEqual(result('a'));
    expect(createDiskCache(folder.dir).get('sha256:a')).toEqual(result('a'));
  });

  it('writes the versioned format with entries sorted by key', async () => {
    const cache = createDiskCache(folder.dir);
    cache.set('sha256:b', { lesson: undefined, messages: [] });
    cache.set('sha256:a', { lesson: 1, messages: [] });
    await cache.save();

    expect(await readFile(cache.file, 'utf8')).toBe(
      '{"format":1,"entries":{"sha256:a":{"lesson":1,"messages":[]},"sha256:b":{"messages":[]}}}',
    );
  });

  it('only keeps the entries used since the last save', async () => {
    const first = createDiskCache(folder.dir);
    first.set('sha256:a', result('a'));
    first.set('sha256:b', result('b'));
    await first.save();

    const second = createDiskCache(folder.dir);
    expect(second.get('sha256:a')).toEqual(result('a'));
    second.set('sha256:c', result('c'));
    await second.save();

    expect(second.get('sha256:b')).toBeUndefined();
    const third = createDiskCache(folder.dir);
    expect(['sha256:a', 'sha256:b', 'sha256:c'].map((key) => third.get(key) !== undefined)).toEqual([true, false, true]);
  });

  it('forgets entries of earlier builds in a long-lived cache after each save', async () => {
    const cache = createDiskCache(folder.dir);
    cache.set('sha256:a', result('a'));
    await cache.save();
    cache.set('sha256:b', result('b'));
    await cache.save();

    expect(cache.get('sha256:a')).toBeUndefined();
    expect(createDiskCache(folder.dir).get('sha256:a')).toBeUndefined();
    expect(createDiskCache(folder.dir).get('sha256:b')).toEqual(result('b'));
  });

  it('ignores a corrupt cache file and replaces it on save', async () => {
    const cache = createDiskCache(folder.dir);
    await folder.write('node_modules/.cache/copekit/compile-cache.json', '{"format":1,"entries":{"sha256:a":{"mess');

    const reopened = createDiskCache(folder.dir);
    expect(reopened.get('sha256:a')).toBeUndefined();
    reopened.set('sha256:a', result('a'));
    await reopened.save();

    expect(JSON.parse(await readFile(cache.file, 'utf8'))).toEqual({ format: 1, entries: { 'sha256:a': result('a') } });
  });

  it('leaves no temporary files behind', async () => {
    const cache = createDiskCache(folder.dir);
    cache.set('sha256:a', result('a'));
    await Promise.all([cache.save(), cache.save()]);

    expect(await readdir(join(folder.dir, 'node_modules', '.cache', 'copekit'))).toEqual([cacheFileName]);
  });

  it('rejects when the cache folder cannot be created', async () => {
    await folder.write('blocked', 'a file where the folder should be');
    const cache = createDiskCache(folder.dir, { directory: join(folder.dir, 'blocked', 'cache') });
    cache.set('sha256:a', result('a'));

    await expect(cache.save()).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});
