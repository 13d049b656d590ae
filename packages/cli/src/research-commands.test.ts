import { execFileSync } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProgram } from '@copekit/program';
import { manualClock } from '../../program/test/helpers/manual-clock.js';
import { at, checkIn, doNextSession, eachDay, practiseHomework, startDate, timeZone } from '../../program/test/helpers/participant.js';
import { recordAll, type LoggedRecord } from '../../program/test/helpers/record-log.js';
import { simulateTrial } from '../../research/test/fixtures/simulated-trial.js';
import { loadBundle } from './load-bundle.js';
import { main } from './main.js';
import { createTestCurriculum, shippedCurriculum, type TestCurriculum } from './test-curriculum.js';
import { createTestIo } from './test-io.js';

/** The shipped curriculum in `<root>/curriculum`, and a copy with one word changed in `<root>/changed`. */
let curriculum: TestCurriculum;
let changed: TestCurriculum;
let records: string;

const oneWord = ['pacing/activity-pacing.mdx', 'You are building relaxation', 'You are weaving relaxation'] as const;

beforeAll(async () => {
  curriculum = await createTestCurriculum(shippedCurriculum);
  changed = await createTestCurriculum(shippedCurriculum);
  await changed.edit(...oneWord);
  const trial = simulateTrial(await loadBundle(curriculum.dir));
  records = trial.map((record) => `${JSON.stringify(record)}\n`).join('');
  await writeFile(join(curriculum.root, 'records.jsonl'), records);
});
afterAll(async () => {
  await curriculum.remove();
  await changed.remove();
});

async function run(...argv: string[]) {
  const io = createTestIo(curriculum.root);
  const exitCode = await main(argv, io);
  return { exitCode, out: io.out.join('\n'), err: io.err.join('\n') };
}

describe('copekit lock', () => {
  it('writes copekit.lock.json for the shipped curriculum, and --check passes on it', async () => {
    const written = await run('lock');
    expect(written.exitCode).toBe(0);
    expect(written.out).toMatch(/^✓ Locked copekit-chronic-pain \d+\.\d+\.\d+ \(15 lessons, sha256:[0-9a-f]{64}\) in copekit\.lock\.json$/);
    const lock = JSON.parse(await readFile(join(curriculum.root, 'copekit.lock.json'), 'utf8')) as { lessons: Record<string, string>; engineVersion: string };
    expect(Object.keys(lock.lessons)).toHaveLength(15);
    expect(lock.engineVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(await run('lock', '--check')).toMatchObject({ exitCode: 0, out: expect.stringMatching(/^✓ curriculum matches copekit\.lock\.json/) });
  });

  it('fails --check on a one-word change, naming the lesson', async () => {
    await run('lock');
    const { exitCode, out } = await run('lock', '--check', join(changed.dir));
    expect(exitCode).toBe(1);
    expect(out).toContain('lesson "activity-pacing" changed');
    expect(out).toContain('bundleHash');
  });

  it('locks a bundle file as well as a folder, with the same hashes', async () => {
    await run('build', 'curriculum', '--out', 'out/bundle.json');
    await run('lock', 'out/bundle.json', '--out', 'from-bundle.lock.json');
    await run('lock', 'curriculum', '--out', 'from-folder.lock.json');
    expect(await readFile(join(curriculum.root, 'from-bundle.lock.json'), 'utf8')).toBe(await readFile(join(curriculum.root, 'from-folder.lock.json'), 'utf8'));
  });

  it('exits 2 without a lockfile to check, and 1 for a curriculum with errors', async () => {
    expect(await run('lock', '--check', '--out', 'missing.lock.json')).toMatchObject({ exitCode: 2, err: expect.stringContaining('No lockfile `missing.lock.json`.') });
    const broken = await createTestCurriculum();
    await broken.edit('pacing/pacing-plan.mdx', 'unit="minutes"', 'units="minutes"');
    const { exitCode, err } = await run('lock', broken.dir);
    await broken.remove();
    expect(exitCode).toBe(1);
    expect(err).toContain('`units`');
  });
});

describe('copekit diff', () => {
  it('shows a one-word change as a word diff in markdown (the default)', async () => {
    const { exitCode, out } = await run('diff', 'curriculum', changed.dir);
    expect(exitCode).toBe(0);
    expect(out).toMatch(/^# Changes in copekit-chronic-pain /);
    expect(out).toContain('~~building~~ **weaving**');
    expect(out).toContain('### Lesson `activity-pacing`');
  });

  it('prints the diff as JSON and as text', async () => {
    const json = JSON.parse((await run('diff', 'curriculum', changed.dir, '--format', 'json')).out) as { changed: boolean; lessons: { id: string }[] };
    expect(json.changed).toBe(true);
    expect(json.lessons.map((lesson) => lesson.id)).toEqual(['activity-pacing']);
    const text = (await run('diff', 'curriculum', changed.dir, '-f', 'text')).out;
    expect(text).toContain('[-building-] {+weaving+}');
    expect(text).not.toContain('~~');
  });

  it('says "No changes" for the same content, and writes to --out', async () => {
    expect((await run('diff', 'curriculum', 'curriculum', '--out', 'reports/diff.md')).out).toBe('');
    expect(await readFile(join(curriculum.root, 'reports', 'diff.md'), 'utf8')).toMatch(/No changes: both bundles have hash `sha256:[0-9a-f]{64}`\.\n$/);
  });

  it('reads git revisions: git:<ref>, git:<ref>:<path> and <ref>:<path>', async () => {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: changed.root, stdio: 'pipe' });
    git('init', '-q');
    git('add', 'curriculum');
    git('commit', '-q', '-m', 'changed');
    const head = git('rev-parse', 'HEAD').toString().trim();
    const io = createTestIo(changed.root);
    expect(await main(['diff', 'git:HEAD', 'curriculum'], io)).toBe(0);
    expect(io.out.join('\n')).toContain('No changes');
    await changed.edit('pacing/activity-pacing.mdx', 'You are weaving relaxation', 'You are building relaxation');
    try {
      for (const source of ['git:HEAD', `git:${head}:curriculum`, 'HEAD:curriculum']) {
        const each = createTestIo(changed.root);
        expect(await main(['diff', source, 'curriculum', '--format', 'text'], each), source).toBe(0);
        expect(each.out.join('\n'), source).toContain('[-weaving-] {+building+}');
      }
      const bad = createTestIo(changed.root);
      expect(await main(['diff', 'git:no-such-ref', 'curriculum'], bad)).toBe(2);
      expect(bad.err.join('\n')).toContain('Cannot read `curriculum` at git revision `no-such-ref`');
      const option = createTestIo(changed.root);
      expect(await main(['diff', 'git:--output=x', 'curriculum'], option)).toBe(2);
      expect(option.err.join('\n')).toContain('is not a git revision');
    } finally {
      await changed.edit(...oneWord);
    }
  });
});

describe('copekit archive', () => {
  it('writes the HTML archive of a version', async () => {
    const { exitCode, out } = await run('archive', 'curriculum', '--out', 'archive/v1');
    expect(exitCode).toBe(0);
    expect(out).toMatch(/^✓ Archived copekit-chronic-pain \S+ \(15 lessons, 16 files\) in archive\/v1$/);
    expect((await readdir(join(curriculum.root, 'archive', 'v1', 'lessons'))).length).toBe(15);
    const index = await readFile(join(curriculum.root, 'archive', 'v1', 'index.html'), 'utf8');
    expect(index).toContain((await loadBundle(curriculum.dir)).hash);
  });

  it('needs --out', async () => {
    expect(await run('archive', 'curriculum')).toEqual({ exitCode: 2, out: '', err: 'copekit: `copekit archive` needs `--out <dir>`.\nFor example: `copekit archive curriculum --out archive/1.0.0`.' });
  });
});

describe('copekit export', () => {
  const answers = () => records.split('\n').filter((line) => /"type":"item\.(answered|skipped)"/.test(line)).length;

  it('streams CSV to standard output, one row per answer event', async () => {
    const { exitCode, out, err } = await run('export', 'records.jsonl', '--bundle', 'curriculum');
    expect(exitCode).toBe(0);
    const rows = parse(out, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(answers());
    expect(rows[0]).toMatchObject({ participant: 'p-01', curriculum: 'copekit-chronic-pain', mode: 'guided' });
    expect(err).toBe(`✓ ${answers()} answer rows from ${records.split('\n').length - 1} records`);
  });

  it('writes JSONL to --out', async () => {
    const { exitCode, err } = await run('export', 'records.jsonl', '-b', 'curriculum', '--format', 'jsonl', '--out', 'out/answers.jsonl');
    expect(exitCode).toBe(0);
    expect(err).toMatch(/; wrote out\/answers\.jsonl$/);
    const lines = (await readFile(join(curriculum.root, 'out', 'answers.jsonl'), 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(answers());
    expect(JSON.parse(lines[0]!)).toMatchObject({ participant: 'p-01', event: 'answered' });
  });

  it('lists bad lines with their numbers and exits 1', async () => {
    const [first, ...rest] = records.split('\n');
    await writeFile(join(curriculum.root, 'bad.jsonl'), [first, '{oops', '{"type":"item.answered"}', ...rest].join('\n'));
    const { exitCode, err } = await run('export', 'bad.jsonl', '--bundle', 'curriculum');
    expect(exitCode).toBe(1);
    const lines = err.split('\n');
    expect(lines[0]).toMatch(/^bad\.jsonl:2: is not JSON \(/);
    expect(lines[1]).toMatch(/^bad\.jsonl:3: is not a valid record: /);
    expect(lines[2]).toBe(`✖ ${answers()} answer rows from ${records.split('\n').length - 1} records; 2 bad lines left out`);
    const stopped = await run('export', 'bad.jsonl', '--bundle', 'curriculum', '--max-errors', '1');
    expect(stopped.err).toContain('copekit: stopped after 1 bad lines');
  });

  it('refuses records of another version of the curriculum', async () => {
    const { exitCode, err } = await run('export', 'records.jsonl', '--bundle', changed.dir, '--max-errors', '1');
    expect(exitCode).toBe(1);
    expect(err).toMatch(/^records\.jsonl:1: was written with bundle sha256:[0-9a-f]{64} \(copekit-chronic-pain \S+\), but the bundle given is /);
  });

  it.each([
    [['export', 'records.jsonl'], 'copekit: `copekit export` needs `--bundle <source>`.'],
    [['export', 'missing.jsonl', '--bundle', 'curriculum'], 'copekit: No records file `missing.jsonl`.'],
    [['export', 'records.jsonl', '--bundle', 'nowhere'], 'copekit: No file or folder `nowhere`.'],
    [['export', 'records.jsonl', '--bundle', 'records.jsonl'], 'copekit: `records.jsonl` is not JSON'],
    [['export', 'records.jsonl', '--bundle', 'curriculum', '--format', 'xlsx'], 'copekit: `xlsx` is not a value of `--format`.'],
    [['export', 'records.jsonl', '--bundle', 'curriculum', '--max-errors', '0'], 'copekit: `--max-errors` must be a whole number above 0, not `0`.'],
    [['diff', 'curriculum'], 'copekit: `copekit diff` needs <old> <new>.'],
    [['diff', 'a', 'b', 'c'], 'copekit: Too many arguments: `a b c`.'],
  ])('exits 2 for %j', async (argv, message) => {
    const { exitCode, err } = await run(...argv);
    expect(exitCode).toBe(2);
    expect(err.startsWith(message), err).toBe(true);
  });
});

describe('copekit report', () => {
  it('prints a readable adherence summary', async () => {
    const { exitCode, out } = await run('report', 'records.jsonl', '--bundle', 'curriculum');
    expect(exitCode).toBe(0);
    expect(out).toMatch(/^Adherence report: copekit-chronic-pain /);
    expect(out).toContain('Overall (4 participants)');
    expect(out).toContain('⚠ NOT acknowledged');
  });

  it('prints the report as JSON', async () => {
    const report = JSON.parse((await run('report', 'records.jsonl', '--bundle', 'curriculum', '--format', 'json')).out) as { overall: { participants: number; safety: unknown } };
    expect(report.overall.participants).toBe(4);
    expect(report.overall.safety).toEqual({ alerts: 2, acknowledged: 1, unacknowledged: 1, resolved: 0, unresolved: 2 });
  });

  it('reads program records mixed with engine records', async () => {
    // A participant on a program for 3 days: session 1 on day 0, homework and a check-in every day.
    const clock = manualClock(at(0, 8));
    const program = createProgram(await loadBundle(curriculum.dir), { participant: 'p-program', mode: 'self-directed', timeZone, startDate, clock });
    const log: LoggedRecord[] = [];
    recordAll(program, log);
    let practices = 0;
    eachDay(clock, 0, 2, (index) => {
      doNextSession(program);
      practices += practiseHomework(program, 15).length;
      clock.set(at(index, 19));
      checkIn(program, { pain: 4, practised: true, minutes: 15, active: 30, sleep: 6 });
    });
    expect(new Set(log.map((record) => ('programVersion' in record ? 'program' : 'engine')))).toEqual(new Set(['program', 'engine']));
    await writeFile(join(curriculum.root, 'mixed.jsonl'), records + log.map((record) => `${JSON.stringify(record)}\n`).join(''));
    const { exitCode, out, err } = await run('report', 'mixed.jsonl', '--bundle', 'curriculum', '--format', 'json');
    expect(err).toBe('');
    expect(exitCode).toBe(0);
    const report = JSON.parse(out) as { participants: { participant: string; sessions: { completed: number }; checkIns: { done: number }; practice: { logged: { practices: number; minutes: number }; reportedMinutes: number } }[] };
    expect(report.participants.map((participant) => participant.participant)).toEqual(['p-01', 'p-02', 'p-03', 'p-04', 'p-program']);
    expect(practices).toBeGreaterThan(0);
    expect(report.participants[4]).toMatchObject({ sessions: { completed: 1 }, checkIns: { done: 3 }, practice: { logged: { practices, minutes: practices * 15 }, reportedMinutes: 3 * 15 } });
  });

  it('writes no report when lines are bad', async () => {
    await writeFile(join(curriculum.root, 'bad-report.jsonl'), `${records}not json\n`);
    const { exitCode, out, err } = await run('report', 'bad-report.jsonl', '--bundle', 'curriculum');
    expect(exitCode).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`bad-report.jsonl:${records.split('\n').length}: is not JSON`);
  });
});
