import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.js';
import { createTestCurriculum, type TestCurriculum } from './test-curriculum.js';
import { createTestIo, type TestIo } from './test-io.js';

let curriculum: TestCurriculum;
let io: TestIo;
beforeEach(async () => {
  curriculum = await createTestCurriculum();
  io = createTestIo(curriculum.root);
});
afterEach(async () => {
  io.interrupt();
  await curriculum.remove();
});

const waitForOutput = (count: number) => vi.waitFor(() => expect(io.out.length).toBeGreaterThanOrEqual(count), { timeout: 10_000, interval: 20 });
/** Waits for the watcher to be set up after the first check. */
const watching = () => vi.waitFor(() => expect(io.err.some((line) => line.startsWith('Watching'))).toBe(true), { timeout: 10_000 });

describe('--watch', () => {
  it('checks again on every change and prints a timed summary per check', async () => {
    const exitCode = main(['build', '--out', 'out/bundle.json', '--watch', '--max-grade', '30'], io);
    await watching();
    expect(io.out).toEqual([expect.stringMatching(/^✓ 6 lessons, 0 warnings; wrote out\/bundle\.json \(\d+ ms\)$/)]);
    expect(io.err).toEqual(['Watching curriculum for changes. Press Ctrl+C to stop.']);

    await curriculum.edit('pacing/pacing-plan.mdx', 'unit="minutes"', 'units="minutes"');
    await waitForOutput(3);
    expect(io.out[1]).toBe('\n↻ curriculum/pacing/pacing-plan.mdx');
    expect(io.out[2]).toMatch(/^curriculum\/pacing\/pacing-plan\.mdx\n.*unknown-attribute[\s\S]*\n✖ 1 error, 0 warnings \(\d+ ms\)$/);

    await curriculum.edit('pacing/pacing-plan.mdx', 'units="minutes"', 'unit="minutes"');
    await waitForOutput(5);
    expect(io.out[4]).toMatch(/^✓ 6 lessons, 0 warnings; wrote out\/bundle\.json \(\d+ ms\)$/);

    io.interrupt();
    expect(await exitCode).toBe(0);
  });

  it('ends with the exit code of the last check', async () => {
    const exitCode = main(['validate', '--watch'], io);
    await watching();
    await curriculum.edit('pacing/pacing-plan.mdx', 'unit="minutes"', 'units="minutes"');
    await waitForOutput(3);

    io.interrupt();
    expect(await exitCode).toBe(1);
  });

  it('keeps the last good bundle while there are errors', async () => {
    const exitCode = main(['build', '-o', 'bundle.json', '-w'], io);
    await watching();
    const good = await readFile(join(curriculum.root, 'bundle.json'), 'utf8');
    await curriculum.edit('pacing/pacing-plan.mdx', 'unit="minutes"', 'units="minutes"');
    await waitForOutput(3);

    expect(await readFile(join(curriculum.root, 'bundle.json'), 'utf8')).toBe(good);
    io.interrupt();
    await exitCode;
  });

  it('prints one line of JSON per check with --format json', async () => {
    const exitCode = main(['validate', '--watch', '--format', 'json', '--max-grade', '30'], io);
    await watching();
    await curriculum.write('sleep/wind-down.mdx', (await curriculum.read('check-in/daily-check-in.mdx')).replace('daily-check-in', 'wind-down').replace('check-in\nkind: check-in', 'sleep\nkind: practice'));
    await waitForOutput(2);
    io.interrupt();
    await exitCode;

    expect(io.out.every((line) => !line.includes('\n'))).toBe(true);
    const [first, second] = io.out.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toEqual({ messages: [], summary: { errors: 0, warnings: 0, lessons: 6 }, durationMs: expect.any(Number) });
    expect(second).toMatchObject({ changed: ['sleep/wind-down.mdx'], summary: { lessons: 7 }, durationMs: expect.any(Number) });
  });

  it('reports a curriculum.yaml removed while watching and goes on', async () => {
    const exitCode = main(['validate', '--watch', '--max-grade', '30'], io);
    await watching();
    const manifest = await curriculum.read('curriculum.yaml');
    const { rm } = await import('node:fs/promises');
    await rm(join(curriculum.dir, 'curriculum.yaml'));
    await vi.waitFor(() => expect(io.err.join('\n')).toContain('has no curriculum.yaml'), { timeout: 10_000 });

    await curriculum.write('curriculum.yaml', manifest);
    await waitForOutput(3);
    expect(io.out.at(-1)).toMatch(/^✓ 6 lessons, 0 warnings \(\d+ ms\)$/);
    io.interrupt();
    expect(await exitCode).toBe(0);
  });

  it('exits 2 before watching when the folder holds no curriculum', async () => {
    expect(await main(['validate', 'nowhere', '--watch'], io)).toBe(2);
    expect(io.err).toEqual(['copekit: No folder `nowhere`.\nPass the folder that holds curriculum.yaml, for example `copekit validate curriculum`.']);
  });
});
