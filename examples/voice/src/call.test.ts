import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertValidSsml } from '../../../packages/voice/src/test-utils/ssml.js';
import { curriculumBundle } from '@copekit/engine/frames/testing';

const example = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'copekit-call-'));
  writeFileSync(join(folder, 'bundle.json'), JSON.stringify(await curriculumBundle()));
});

function call(args: string[]) {
  return spawnSync(tsx, ['--conditions=@copekit/source', 'src/call.ts', ...args], { cwd: example, env: { ...process.env, INIT_CWD: folder }, encoding: 'utf8', timeout: 60_000 });
}

describe('the call command', () => {
  it('plays the demo calls and reports how each ended', () => {
    const run = call(['--bundle', 'bundle.json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const endings = run.stdout.split('\n').filter((line) => line.startsWith('=== Call') && line.includes('ended'));
    expect(endings).toEqual([
      '=== Call 1 ended: completed; 13 records, 0 safety alerts.',
      '=== Call 2 ended: exited; 18 records, 0 safety alerts.',
      '=== Call 3 ended: completed; 27 records, 1 safety alert.',
    ]);
    expect(run.stdout).toContain('> 2\nGet help now.\nCall 911.');
    expect(run.stdout).toContain('  [digits: 0-10 then #, * repeat, *0 help]');
  });

  it('prints valid SSML with --ssml', () => {
    const run = call(['--bundle', 'bundle.json', '--ssml']);
    const ssml = run.stdout.split('\n').filter((line) => line.startsWith('<speak'));
    expect(ssml.length).toBeGreaterThan(30);
    for (const prompt of ssml) assertValidSsml(prompt);
  });

  it('exits with 1 and a message for a bad script or a missing bundle', () => {
    writeFileSync(join(folder, 'bad.json'), '{ "participant": "p", "calls": [{ "lesson": "daily-check-in", "steps": ["maybe"] }] }');
    const bad = call(['--bundle', 'bundle.json', '--script', 'bad.json']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/bad\.json: call 1, step 1 \("maybe"\) is not keys/);
    const missing = call(['--bundle', 'none.json']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`No bundle at ${join(folder, 'none.json')}. Build it with \`pnpm copekit build curriculum --out out/bundle.json\`, or pass --bundle.\n`);
  });

  it('plays a script of its own, passed after pnpm\'s `--`', () => {
    writeFileSync(
      join(folder, 'one.json'),
      JSON.stringify({ participant: 'p-9', calls: [{ lesson: 'daily-check-in', steps: ['3#', '*0', '2', { wait: 60 }, '0#', '*3', '9#', '*9'] }] }),
    );
    const run = call(['--', '--bundle', 'bundle.json', '--script', 'one.json']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('=== Call 1: daily-check-in');
    expect(lines).toContain('> *0   (re-prompt: help)');
    expect(lines).toContain('Here are the keys you can use.');
    expect(lines.at(-3)).toBe('=== Call 1 ended: completed; 12 records, 0 safety alerts.');
  });
});
