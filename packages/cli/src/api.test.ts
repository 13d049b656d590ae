import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createMemoryCache, serializeBundle, type CachedFileResult } from '@copekit/compiler';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { build, validate } from './api.js';
import { addHardParagraph, breakLesson, createTestCurriculum, type TestCurriculum } from './test-curriculum.js';
import { UsageError } from './usage-error.js';

let curriculum: TestCurriculum;
beforeEach(async () => {
  curriculum = await createTestCurriculum();
});
afterEach(async () => {
  await curriculum.remove();
});

const errorsOf = <T extends { fatal?: boolean | null | undefined }>(messages: T[]) => messages.filter((message) => message.fatal === true);
const cacheFile = () => join(curriculum.dir, 'node_modules', '.cache', 'copekit', 'compile-cache.json');

describe('validate', () => {
  it('passes a clean curriculum with exit code 0 and its bundle', async () => {
    const result = await validate({ dir: curriculum.dir });

    expect(result.exitCode).toBe(0);
    expect(errorsOf(result.messages)).toEqual([]);
    expect(result.lessons).toBe(6);
    expect(result.dir).toBe(curriculum.dir);
    expect(result.bundle?.lessons.map((lesson) => lesson.id)).toEqual([
      'balanced-thoughts',
      'calm-breathing',
      'crisis-support',
      'daily-check-in',
      'pacing-plan',
      'sleep-check',
    ]);
  });

  it('fails a broken lesson with exit code 1 and a positioned message', async () => {
    await breakLesson(curriculum);
    const result = await validate({ dir: curriculum.dir });

    expect(result.exitCode).toBe(1);
    expect(result.bundle).toBeUndefined();
    const [error] = errorsOf(result.messages);
    expect(error).toMatchObject({ file: 'pacing/pacing-plan.mdx', line: 27, ruleId: 'unknown-attribute' });
    expect(error?.column).toBeGreaterThan(1);
  });

  it('warns about hard text without failing, and passes the reading grade on', async () => {
    await addHardParagraph(curriculum);
    const strict = await validate({ dir: curriculum.dir, cache: false });
    const lenient = await validate({ dir: curriculum.dir, maxGrade: 30, cache: false });

    expect(strict.exitCode).toBe(0);
    expect(strict.bundle).toBeDefined();
    expect(strict.messages).toEqual([expect.objectContaining({ ruleId: 'readability', fatal: false, file: 'relaxation/calm-breathing.mdx' })]);
    expect(lenient.messages).toEqual([]);
  });

  it('resolves a relative folder against the current directory, or cwd', async () => {
    expect((await validate({ dir: relative(process.cwd(), curriculum.dir), cache: false })).dir).toBe(curriculum.dir);
    expect((await validate({ dir: 'curriculum', cwd: curriculum.root, cache: false })).dir).toBe(curriculum.dir);
  });

  it.each([
    ['a missing folder', (c: TestCurriculum) => join(c.root, 'missing'), /No folder/],
    ['a file', (c: TestCurriculum) => join(c.dir, 'curriculum.yaml'), /is a file, not a folder/],
    ['a folder without curriculum.yaml', (c: TestCurriculum) => c.root, /has no curriculum.yaml/],
  ])('throws a usage error for %s', async (_label, dirOf, message) => {
    const error = await validate({ dir: dirOf(curriculum) }).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ code: 'COPEKIT_USAGE', message: expect.stringMatching(message), hint: expect.stringContaining('curriculum.yaml') });
  });

  it('names the folder as given in usage errors', async () => {
    await expect(validate({ dir: 'lessons', cwd: curriculum.root })).rejects.toThrow('No folder `lessons`.');
  });
});

describe('the cache of validate', () => {
  it('saves per-lesson results under node_modules/.cache/copekit by default', async () => {
    await validate({ dir: curriculum.dir });

    const saved = JSON.parse(await readFile(cacheFile(), 'utf8')) as { format: number; entries: Record<string, CachedFileResult> };
    expect(saved.format).toBe(1);
    expect(Object.keys(saved.entries)).toHaveLength(6);
  });

  it('gives the same result from the cache as without it', async () => {
    await breakLesson(curriculum);
    const first = await validate({ dir: curriculum.dir });
    const second = await validate({ dir: curriculum.dir });
    const fresh = await validate({ dir: curriculum.dir, cache: false });

    const plain = (messages: typeof first.messages) => messages.map((message) => [message.file, message.line, message.column, message.ruleId, message.reason, message.fatal]);
    expect(plain(second.messages)).toEqual(plain(first.messages));
    expect(plain(fresh.messages)).toEqual(plain(first.messages));
  });

  it('writes no cache with cache: false', async () => {
    await validate({ dir: curriculum.dir, cache: false });
    await expect(readdir(join(curriculum.dir, 'node_modules'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('uses a given cache instead of the disk', async () => {
    const cache = createMemoryCache();
    const keys: string[] = [];
    const spy = { get: (key: string) => cache.get(key), set: (key: string, value: CachedFileResult) => (keys.push(key), cache.set(key, value)) };
    await validate({ dir: curriculum.dir, cache: spy });
    await validate({ dir: curriculum.dir, cache: spy });

    expect(keys).toHaveLength(6);
    await expect(readdir(join(curriculum.dir, 'node_modules'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports a cache that cannot be saved and still gives the result', async () => {
    await writeFile(join(curriculum.dir, 'node_modules'), 'a file where the cache folder should be');
    const result = await validate({ dir: curriculum.dir });

    expect(result.exitCode).toBe(0);
    expect(result.cacheError?.message).toMatch(/ENOTDIR|EEXIST/);
  });
});

describe('build', () => {
  it('resolves out against cwd', async () => {
    const result = await build({ dir: 'curriculum', cwd: curriculum.root, out: 'out/bundle.json', cache: false });
    expect(result.out).toBe(join(curriculum.root, 'out', 'bundle.json'));
    expect(await readdir(join(curriculum.root, 'out'))).toEqual(['bundle.json']);
  });

  it('writes the serialized bundle, creating parent folders', async () => {
    const out = join(curriculum.root, 'out', 'nested', 'bundle.json');
    const result = await build({ dir: curriculum.dir, out });

    expect(result.exitCode).toBe(0);
    expect(result.out).toBe(out);
    expect(await readFile(out, 'utf8')).toBe(serializeBundle(result.bundle!));
    expect(await readdir(join(curriculum.root, 'out', 'nested'))).toEqual(['bundle.json']);
  });

  it('writes identical bytes twice, with or without the cache', async () => {
    const first = join(curriculum.root, 'first.json');
    const second = join(curriculum.root, 'second.json');
    const third = join(curriculum.root, 'third.json');
    await build({ dir: curriculum.dir, out: first });
    await build({ dir: curriculum.dir, out: second });
    await build({ dir: curriculum.dir, out: third, cache: false });

    const bytes = await readFile(first);
    expect((await readFile(second)).equals(bytes)).toBe(true);
    expect((await readFile(third)).equals(bytes)).toBe(true);
  });

  it('writes nothing when there are errors and keeps the last good bundle', async () => {
    const out = join(curriculum.root, 'bundle.json');
    await build({ dir: curriculum.dir, out });
    const good = await readFile(out, 'utf8');
    await breakLesson(curriculum);

    const result = await build({ dir: curriculum.dir, out });
    expect(result.exitCode).toBe(1);
    expect(result.out).toBeUndefined();
    expect(await readFile(out, 'utf8')).toBe(good);
  });

  it('only checks without out', async () => {
    const result = await build({ dir: curriculum.dir, cache: false });

    expect(result.exitCode).toBe(0);
    expect(result.out).toBeUndefined();
    expect(result.bundle).toBeDefined();
    expect(await readdir(curriculum.root)).toEqual(['curriculum']);
  });
});
