import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { helpText } from './help.js';
import { main } from './main.js';
import { addHardParagraph, breakLesson, createTestCurriculum, type TestCurriculum } from './test-curriculum.js';
import { createTestIo } from './test-io.js';
import { version } from './version.js';

let curriculum: TestCurriculum;
beforeEach(async () => {
  curriculum = await createTestCurriculum();
});
afterEach(async () => {
  await curriculum.remove();
});

async function run(...argv: string[]) {
  const io = createTestIo(curriculum.root);
  const exitCode = await main(argv, io);
  return { exitCode, out: io.out.join('\n'), err: io.err.join('\n') };
}

describe('copekit validate', () => {
  it('exits 0 on a clean curriculum and prints the summary', async () => {
    expect(await run('validate', '--max-grade', '30')).toEqual({ exitCode: 0, out: '✓ 6 lessons, 0 warnings', err: '' });
  });

  it('exits 0 with warnings only', async () => {
    await addHardParagraph(curriculum);
    const { exitCode, out } = await run('validate');

    expect(exitCode).toBe(0);
    expect(out).toMatch(/^curriculum\/relaxation\/calm-breathing\.mdx\n\d+:\d+(-\d+:\d+)? warning .* readability copekit$/m);
    expect(out.split('\n').at(-1)).toBe('✓ 6 lessons, 1 warning');
  });

  it('passes --max-grade on', async () => {
    await addHardParagraph(curriculum);
    expect(await run('validate', '--max-grade', '30')).toEqual({ exitCode: 0, out: '✓ 6 lessons, 0 warnings', err: '' });
  });

  it('exits 1 on a broken lesson and prints where', async () => {
    await breakLesson(curriculum);
    const { exitCode, out, err } = await run('validate', 'curriculum');

    expect(exitCode).toBe(1);
    expect(err).toBe('');
    expect(out).toMatch(/^curriculum\/pacing\/pacing-plan\.mdx\n27:\d+-27:\d+ error .*`units`.* unknown-attribute copekit\n {2}\[note\]:\n {4}Did you mean `unit`\?$/m);
    expect(out.split('\n').at(-1)).toBe('✖ 1 error, 0 warnings');
  });

  it('prints machine-readable messages with --format json', async () => {
    await breakLesson(curriculum);
    const { exitCode, out } = await run('validate', '--format', 'json', '--max-grade', '30');
    const report = JSON.parse(out) as { messages: { file: string; ruleId: string; severity: string; line: number }[]; summary: unknown };

    expect(exitCode).toBe(1);
    expect(report.summary).toEqual({ errors: 1, warnings: 0, lessons: 6 });
    expect(report.messages).toEqual([expect.objectContaining({ file: 'curriculum/pacing/pacing-plan.mdx', ruleId: 'unknown-attribute', severity: 'error', line: 27 })]);
  });

  it('leaves the cache alone with --no-cache', async () => {
    await run('validate', '--no-cache');
    await expect(readdir(join(curriculum.dir, 'node_modules'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('copekit build', () => {
  it('writes the bundle and says where', async () => {
    const { exitCode, out } = await run('build', '--out', 'out/bundle.json', '--max-grade', '30');

    expect(exitCode).toBe(0);
    expect(out).toBe('✓ 6 lessons, 0 warnings; wrote out/bundle.json');
    expect(JSON.parse(await readFile(join(curriculum.root, 'out', 'bundle.json'), 'utf8'))).toMatchObject({ schemaVersion: 1 });
  });

  it('writes identical bytes on a second build', async () => {
    await run('build', '-o', 'first.json');
    await run('build', '-o', 'second.json');

    expect((await readFile(join(curriculum.root, 'second.json'))).equals(await readFile(join(curriculum.root, 'first.json')))).toBe(true);
  });

  it('exits 1 and writes nothing when there are errors', async () => {
    await breakLesson(curriculum);
    const { exitCode } = await run('build', '--out', 'out/bundle.json');

    expect(exitCode).toBe(1);
    expect(await readdir(curriculum.root)).toEqual(['curriculum']);
  });

  it('reports the bundle file in JSON', async () => {
    const { out } = await run('build', '--out', 'out/bundle.json', '--format', 'json', '--max-grade', '30');
    expect(JSON.parse(out)).toEqual({ messages: [], summary: { errors: 0, warnings: 0, lessons: 6 }, out: 'out/bundle.json' });
  });
});

describe('usage', () => {
  it.each([
    [['deploy'], 'copekit: Unknown command `deploy`.\nCommands: validate, build, lock, diff, archive, export, report. Run `copekit --help` for more.'],
    [['build'], 'copekit: `copekit build` needs `--out <file>`.\nFor example: `copekit build curriculum --out out/bundle.json`.'],
    [['validate', '--strict'], 'copekit: Unknown option `--strict` for `copekit validate`.\nOptions: --format, --watch, --max-grade, --no-cache, --help. Run `copekit validate --help` for more.'],
    [['validate', 'lessons'], 'copekit: No folder `lessons`.\nPass the folder that holds curriculum.yaml, for example `copekit validate curriculum`.'],
    [['validate', '.'], 'copekit: `.` has no curriculum.yaml, so it is not a curriculum folder.\nPass the folder that holds curriculum.yaml (the default is `curriculum`).'],
    [['build', 'curriculum/curriculum.yaml', '--out', 'x.json'], 'copekit: `curriculum/curriculum.yaml` is a file, not a folder.\nPass the folder that holds curriculum.yaml, not a file in it.'],
  ])('exits 2 for %j with a message and a hint on stderr', async (argv, err) => {
    expect(await run(...argv)).toEqual({ exitCode: 2, out: '', err });
  });

  it('prints help and the version', async () => {
    expect(await run('--help')).toEqual({ exitCode: 0, out: helpText(), err: '' });
    expect(await run('build', '--help')).toEqual({ exitCode: 0, out: helpText('build'), err: '' });
    expect(await run('--version')).toEqual({ exitCode: 0, out: version, err: '' });
  });

  it('reads its version from package.json', async () => {
    const packageJson = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(version).toBe(packageJson.version);
  });
});
