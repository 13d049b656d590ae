/// <reference types="node" />
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchCurriculum, type CurriculumWatcher } from './watch-curriculum.js';
import { createTestFolder, type TestFolder } from './test-folder.js';

let folder: TestFolder;
let watcher: CurriculumWatcher | undefined;
beforeEach(async () => {
  folder = await createTestFolder();
  await folder.write('curriculum.yaml', 'id: test');
  await folder.write('pacing/pacing-basics.mdx', 'pacing');
});
afterEach(async () => {
  watcher?.close();
  watcher = undefined;
  await folder.remove();
});

/** Lets pending file-system events arrive and debounce timers fire. */
const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchCurriculum', () => {
  it('reports changed, added and removed source files in one debounced call', async () => {
    const onChange = vi.fn();
    watcher = watchCurriculum(folder.dir, onChange, { debounce: 200 });
    await settle(50);

    await folder.write('pacing/pacing-basics.mdx', 'pacing, edited');
    await folder.write('sleep/wind-down.mdx', 'new lesson');
    await rm(join(folder.dir, 'curriculum.yaml'));

    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    await settle(400);
    expect(onChange.mock.calls).toEqual([[['curriculum.yaml', 'pacing/pacing-basics.mdx', 'sleep/wind-down.mdx']]]);
  });

  it('ignores files that are not curriculum sources', async () => {
    const onChange = vi.fn();
    watcher = watchCurriculum(folder.dir, onChange, { debounce: 20 });
    await settle(50);

    await folder.write('node_modules/.cache/copekit/compile-cache.json', '{}');
    await folder.write('pacing/.pacing-basics.mdx.swp', 'swap');
    await folder.write('CHANGELOG.md', '# Changelog');
    await settle();
    expect(onChange).not.toHaveBeenCalled();

    await folder.write('instruments/phq-9.yaml', 'id: phq-9');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith(['instruments/phq-9.yaml']));
  });

  it('never overlaps calls and reports changes made during a call in the next one', async () => {
    const calls: string[][] = [];
    let active = 0;
    let overlapped = false;
    let release: () => void = () => undefined;
    const onChange = async (paths: string[]) => {
      calls.push(paths);
      active++;
      overlapped ||= active > 1;
      if (calls.length === 1) await new Promise<void>((resolve) => (release = resolve));
      active--;
    };
    watcher = watchCurriculum(folder.dir, onChange, { debounce: 20 });
    await settle(50);

    await folder.write('pacing/pacing-basics.mdx', 'first edit');
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    await folder.write('sleep/wind-down.mdx', 'written while the first call runs');
    await settle();
    expect(calls).toHaveLength(1);

    release();
    await vi.waitFor(() => expect(calls).toEqual([['pacing/pacing-basics.mdx'], ['sleep/wind-down.mdx']]));
    expect(overlapped).toBe(false);
  });

  it('stops reporting once closed', async () => {
    const onChange = vi.fn();
    watcher = watchCurriculum(folder.dir, onChange, { debounce: 20 });
    await settle(50);

    await folder.write('pacing/pacing-basics.mdx', 'edited just before closing');
    watcher.close();
    await folder.write('pacing/pacing-basics.mdx', 'edited after closing');
    await settle();

    expect(onChange).not.toHaveBeenCalled();
  });

  it('passes a failing onChange to onError and keeps watching', async () => {
    const errors: Error[] = [];
    const onChange = vi.fn((paths: string[]) => {
      if (paths.includes('pacing/pacing-basics.mdx')) throw new Error('build crashed');
    });
    watcher = watchCurriculum(folder.dir, onChange, { debounce: 20, onError: (error) => errors.push(error) });
    await settle(50);

    await folder.write('pacing/pacing-basics.mdx', 'edited');
    await vi.waitFor(() => expect(errors.map((error) => error.message)).toEqual(['build crashed']));
    await folder.write('sleep/wind-down.mdx', 'new');
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith(['sleep/wind-down.mdx']));
  });

  it('throws at once when the folder does not exist', () => {
    expect(() => watchCurriculum(join(folder.dir, 'missing'), () => undefined)).toThrow(/ENOENT/);
  });
});
