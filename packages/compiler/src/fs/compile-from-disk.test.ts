/// <reference types="node" />
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compile } from '../compile.js';
import { serializeBundle } from '../link/serialize-bundle.js';
import { createDiskCache } from './disk-cache.js';
import { readCurriculum } from './read-curriculum.js';
import { createTestFolder, type TestFolder } from './test-folder.js';

const fixture = fileURLToPath(new URL('../../test/fixtures/curriculum', import.meta.url));

let folder: TestFolder;
beforeEach(async () => {
  folder = await createTestFolder();
  await cp(fixture, folder.dir, { recursive: true });
});
afterEach(async () => {
  await folder.remove();
});

describe('compiling a folder with the disk cache', () => {
  it('reads every lesson from the cache of an earlier run and builds the same bundle', async () => {
    const first = createDiskCache(folder.dir);
    const before = compile(await readCurriculum(folder.dir), { cache: first });
    await first.save();

    const after = compile(await readCurriculum(folder.dir), { cache: createDiskCache(folder.dir) });

    expect(before.stats).toEqual({ parsed: 6, cached: 0 });
    expect(after.stats).toEqual({ parsed: 0, cached: 6 });
    expect(serializeBundle(after.bundle!)).toBe(serializeBundle(before.bundle!));
  });

  it('parses only the lesson that changed', async () => {
    const cache = createDiskCache(folder.dir);
    compile(await readCurriculum(folder.dir), { cache });
    await cache.save();
    await folder.write('pacing/pacing-plan.mdx', (await readCurriculum(folder.dir)).find((file) => file.path === 'pacing/pacing-plan.mdx')!.value.replace('Split chores', 'Break chores'));

    const next = createDiskCache(folder.dir);
    const { stats, messages } = compile(await readCurriculum(folder.dir), { cache: next });

    expect(stats).toEqual({ parsed: 1, cached: 5 });
    expect(messages.filter((message) => message.fatal === true)).toEqual([]);
  });

  it('keeps cached messages with their places', async () => {
    await folder.write('sleep/sleep-check.mdx', (await readCurriculum(folder.dir)).find((file) => file.path === 'sleep/sleep-check.mdx')!.value.replace('<Instrument ref="mood-check" />', '<Instrument ref="mood-chek" />'));
    const cache = createDiskCache(folder.dir);
    const fresh = compile(await readCurriculum(folder.dir), { cache });
    await cache.save();

    const cached = compile(await readCurriculum(folder.dir), { cache: createDiskCache(folder.dir) });
    const plain = (messages: typeof fresh.messages) => messages.map((message) => [message.file, message.line, message.column, message.ruleId, message.reason, message.fatal]);
    expect(plain(fresh.messages).length).toBeGreaterThan(0);
    expect(plain(cached.messages)).toEqual(plain(fresh.messages));
  });

  it('ignores the cache file when reading the curriculum', async () => {
    const cache = createDiskCache(folder.dir);
    compile(await readCurriculum(folder.dir), { cache });
    await cache.save();

    expect((await readCurriculum(folder.dir)).some((file) => file.path.includes('node_modules'))).toBe(false);
    expect(cache.file).toBe(join(folder.dir, 'node_modules', '.cache', 'copekit', 'compile-cache.json'));
  });
});
