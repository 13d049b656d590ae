import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { curriculumBundle } from '@copekit/engine/frames/testing';

const example = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'copekit-start-'));
  writeFileSync(join(folder, 'bundle.json'), JSON.stringify(await curriculumBundle()));
});

/** Runs `pnpm start`'s command as pnpm does (in the example's folder), from `folder`, with stdin not a terminal. */
function start(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tsx, ['--conditions=@copekit/source', 'src/main.ts', ...args], {
    cwd: example,
    env: { ...process.env, INIT_CWD: folder },
    input: '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('pnpm start (main)', () => {
  it('plays the demo script when stdin is not a terminal, says so, and prints the records file', () => {
    const run = start(['--bundle', 'bundle.json', '--records', 'records/demo.jsonl']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('stdin is not a terminal: playing the demo script ' + join(example, 'scripts/daily-check-in.json') + ' (pass --script to choose one).');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('Session completed. Records written to records/demo.jsonl');
    expect(existsSync(join(folder, 'records/demo.jsonl'))).toBe(true);
  });

  it('exits with 1 and a message on a bad script, a missing bundle, an unknown lesson or option', () => {
    writeFileSync(join(folder, 'bad.json'), '{ "replies": [7] }');
    const bad = start(['--bundle', 'bundle.json', '--script', 'bad.json', '--records', 'records/bad.jsonl']);
    expect(bad).toMatchObject({ status: 1, stderr: 'bad.json: reply 1 is 7, not a string. A script is a list of replies (["7", "yes"]) or { "answers": { "<item id>": <answer> } }.\n' });
    const missing = start(['--bundle', 'nowhere.json']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`No bundle at ${join(folder, 'nowhere.json')}. Build it with \`pnpm copekit build curriculum --out out/bundle.json\`, or pass --bundle.\n`);
    writeFileSync(join(folder, 'short.json'), '["4"]');
    const unknown = start(['--bundle', 'bundle.json', '--lesson', 'nope', '--script', 'short.json']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/`nope`/);
    const option = start(['--lessons', 'x']);
    expect(option.status).toBe(1);
    expect(option.stderr).toMatch(/^Unknown option '--lessons'[\s\S]*Usage: pnpm start \[options\]/);
  });

  it('prints the usage on --help', () => {
    const help = start(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: pnpm start \[options\]\n/);
  });

  it('refuses a mode it does not know and a script written for another lesson', () => {
    const mode = start(['--bundle', 'bundle.json', '--mode', 'solo']);
    expect(mode).toMatchObject({ status: 1, stderr: '--mode must be self-directed or guided; got solo.\n' });
    writeFileSync(join(folder, 'mood.json'), '{ "lesson": "weekly-mood", "replies": ["stop"] }');
    const other = start(['--bundle', 'bundle.json', '--script', 'mood.json', '--lesson', 'daily-check-in']);
    expect(other).toMatchObject({ status: 1, stderr: 'The script is for lesson `weekly-mood`, not `daily-check-in`.\n' });
  });

  it('takes the lesson from the script, and plays the weekly mood demo through the safety flow', () => {
    const fromScript = start(['--bundle', 'bundle.json', '--script', 'mood.json', '--records', 'records/mood.jsonl']);
    expect(fromScript.status).toBe(0);
    expect(fromScript.stdout).toMatch(/^Weekly mood and pain check\n/);
    expect(fromScript.stdout.trimEnd().split('\n').at(-1)).toBe('Session exited. Records written to records/mood.jsonl');
    const demo = start(['--bundle', 'bundle.json', '--lesson', 'weekly-mood', '--records', 'records/demo-mood.jsonl']);
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain('Get help now (United States):');
    expect(demo.stdout.trimEnd().split('\n').at(-1)).toBe('Session completed. Records written to records/demo-mood.jsonl');
  });

  it('asks for a script when stdin is not a terminal and the lesson has no demo', () => {
    const run = start(['--bundle', 'bundle.json', '--lesson', 'mini-practices']);
    expect(run).toMatchObject({ status: 1, stderr: 'stdin is not a terminal and there is no demo script for `mini-practices`: pass --script <file.json>.\n' });
  });
});
