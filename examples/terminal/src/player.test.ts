import type { SessionRecord } from '@copekit/engine';
import type { Bundle } from '@copekit/schema';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPlayer, type PlayerOptions } from './player.js';
import { parseScript } from './script.js';
import { curriculumBundle } from '@copekit/engine/frames/testing';

let bundle: Bundle;
let folder: string;
beforeAll(async () => {
  bundle = await curriculumBundle();
  folder = mkdtempSync(join(tmpdir(), 'copekit-terminal-'));
});

function options(overrides: Partial<PlayerOptions>): { options: PlayerOptions; output: () => string } {
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  let now = Date.UTC(2026, 0, 5, 9, 30);
  return {
    options: {
      bundle,
      lesson: 'daily-check-in',
      mode: 'self-directed',
      participant: 'p-7',
      script: null,
      records: join(folder, '{session}.jsonl'),
      input: new PassThrough(),
      output,
      clock: { now: () => (now += 1000) },
      ...overrides,
    },
    output: () => printed,
  };
}

function readRecords(path: string): SessionRecord[] {
  return readFileSync(path, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as SessionRecord);
}

describe('runPlayer with a script', () => {
  it('plays the demo script, prints the transcript and writes every record as JSON Lines', async () => {
    const script = parseScript(readFileSync(new URL('../scripts/daily-check-in.json', import.meta.url), 'utf8'), 'daily-check-in.json');
    const run = options({ script });
    const result = await runPlayer(run.options);
    expect(result).toEqual({ status: 'completed', session: 'p-7-daily-check-in-2026-01-05T09-30-01-000Z', records: join(folder, 'p-7-daily-check-in-2026-01-05T09-30-01-000Z.jsonl') });
    expect(run.output()).toContain('> maybe\n\nSorry, I did not understand "maybe". Reply with a number from 1 to 2 (or back, help).');
    expect(run.output().trimEnd().endsWith('> ok\n\nYou have finished Daily check-in. Thank you.')).toBe(true);
    const records = readRecords(result.records);
    expect(records.map((record) => record.seq)).toEqual(records.map((_, index) => index));
    expect(records[0]).toMatchObject({ type: 'session.started', session: result.session, participant: 'p-7', curriculum: bundle.curriculum.id, bundleHash: bundle.hash });
    expect(records.at(-1)).toMatchObject({
      type: 'lesson.completed',
      payload: { answers: { 'pain-today': 6, practised: 'yes', 'practice-minutes': 20, 'active-minutes': 45, 'sleep-quality': 7 }, skipped: ['steps'] },
    });
  });

  it('plays an answers script through the text channel, safety flow included', async () => {
    const script = parseScript(readFileSync(new URL('../scripts/weekly-mood.json', import.meta.url), 'utf8'), 'weekly-mood.json');
    const run = options({ lesson: 'weekly-mood', script });
    const result = await runPlayer(run.options);
    expect(result.status).toBe('completed');
    const types = readRecords(result.records).map((record) => record.type);
    expect(types).toContain('safety.alert');
    expect(types.indexOf('safety.acknowledged')).toBeGreaterThan(types.indexOf('safety.alert'));
    expect(run.output()).toContain('> 2\n\nGet help now (United States):\n- Call 911:');
  });

  it('stops where the script says stop', async () => {
    const run = options({ script: { replies: ['5', 'stop'] } });
    const result = await runPlayer(run.options);
    expect(result.status).toBe('exited');
    expect(readRecords(result.records).at(-1)?.type).toBe('session.exited');
  });

  it('fails when a script ends before the lesson, keeping the records written', async () => {
    const run = options({ script: { replies: ['5', 'yes'] }, records: join(folder, 'short.jsonl') });
    await expect(runPlayer(run.options)).rejects.toThrow(
      expect.objectContaining({ code: 'script-ended', message: 'The script ended at step `practice` before the lesson did. Add replies, or end it with "stop".' }),
    );
    expect(readRecords(join(folder, 'short.jsonl')).filter((record) => record.type === 'item.answered')).toHaveLength(2);
  });

  it('fails on an answers script whose answer is refused or missing', async () => {
    await expect(runPlayer(options({ script: { answers: { 'pain-today': 11 } } }).options)).rejects.toThrow(
      expect.objectContaining({ code: 'bad-script', message: expect.stringMatching(/^The script's reply "11" at step `pain` was not accepted: 11 is out of range\./) }),
    );
    await expect(runPlayer(options({ script: { answers: { 'pain-today': 3 } } }).options)).rejects.toThrow(/no answer for `practised`/);
  });
});

describe('runPlayer interactively', () => {
  it('reads replies line by line until the lesson is complete', async () => {
    const input = new PassThrough();
    const run = options({ input });
    const done = runPlayer(run.options);
    input.write('4\nno\n30\nskip\n');
    input.end('8\nok\n');
    const result = await done;
    expect(result.status).toBe('completed');
    expect(run.output()).toContain('Daily check-in\n\nPain (1/5)');
    expect(run.output()).toContain('> ');
    expect(readRecords(result.records).at(-1)).toMatchObject({ type: 'lesson.completed', payload: { answers: { practised: 'no', 'sleep-quality': 8 } } });
  });

  it('stops the session when the input ends early', async () => {
    const input = new PassThrough();
    const run = options({ input });
    const done = runPlayer(run.options);
    input.end('4\n');
    const result = await done;
    expect(result.status).toBe('exited');
    expect(run.output()).toContain('Daily check-in: paused.');
  });
});

describe('runPlayer options', () => {
  it('shows the crisis resources of the region asked, and stamps the mode and participant', async () => {
    const script = { replies: ['ok', '1', '1', '2'] };
    const run = options({ lesson: 'weekly-mood', mode: 'guided', participant: 'p-gb', region: 'gb', script: { ...script, replies: [...script.replies, 'stop'] } });
    const result = await runPlayer(run.options);
    expect(run.output()).toContain('Get help now (United Kingdom):\n- Call 999:');
    expect(run.output()).toContain('- Call Samaritans on 116 123:');
    const [started] = readRecords(result.records);
    expect(started).toMatchObject({ type: 'session.started', participant: 'p-gb', payload: { mode: 'guided', region: 'gb' } });
    expect(result.status).toBe('exited');
  });

  it('answers help and unclear replies without changing the session', async () => {
    const input = new PassThrough();
    const run = options({ input });
    const done = runPlayer(run.options);
    input.end('help\nseven\nstop\n');
    const result = await done;
    expect(run.output()).toContain('Other words: stop = leave now and come back later.');
    expect(run.output()).toContain('Sorry, I did not understand "seven". Reply with a number from 0 to 10 (or help).');
    expect(readRecords(result.records).map((record) => record.type)).toEqual(['session.started', 'step.entered', 'session.exited']);
  });

  it('runs a practice marked done in an answers script', async () => {
    const answers = { 'pmr-days': 3, 'pmr-effect': 'same', 'relax-before': 4, 'pain-before': 6, 'slow-breathing': 'done', 'relax-after': 6, 'pain-after': 5, cues: ['phone', 'ads'], 'mini-goal': 5 };
    const run = options({ lesson: 'mini-practices', script: { answers } });
    const result = await runPlayer(run.options);
    expect(result.status).toBe('completed');
    const types = readRecords(result.records).map((record) => record.type);
    expect(types.filter((type) => type.startsWith('practice.'))).toEqual(['practice.started', 'practice.completed']);
    expect(run.output()).toContain('> start\n\nSlow breathing (5 minutes). Follow each cue at its time:');
  });

  it('answers a thought record field by field from an answers script', async () => {
    const record = {
      situation: 'At the shop',
      thought: 'I cannot cope',
      feeling: 'Worried',
      intensity: 80,
      'evidence-for': 'My back hurt',
      'evidence-against': 'I have coped before',
      'balanced-thought': 'I can take a break',
      'rerated-intensity': 40,
    };
    const answers = { 'fun-done': 3, caught: 'hard', traps: ['worst'], 'pain-before': 6, 'thought-record': record, 'pain-after': 5, 'card-thoughts': ['pace', 'skills'] };
    const run = options({ lesson: 'balanced-thoughts', script: { answers } });
    const result = await runPlayer(run.options);
    expect(result.status).toBe('completed');
    expect(run.output()).toContain('> At the shop\n\n(2 of 8) What went through your mind?');
    const completed = readRecords(result.records).at(-1);
    expect(completed).toMatchObject({ type: 'lesson.completed', payload: { answers: { 'thought-record': record, traps: ['worst'] } } });
  });
});
