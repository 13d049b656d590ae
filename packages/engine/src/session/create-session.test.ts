import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { sessionOptions } from '../../test/fixtures/sessions.js';
import { createSession } from './create-session.js';
import { SessionError } from './session-error.js';
import type { SessionOptions } from './session-options.js';

function failure(options: unknown): SessionError {
  try {
    createSession(bundle, options as SessionOptions);
  } catch (error) {
    if (error instanceof SessionError) return error;
    throw error;
  }
  throw new Error('the session was created');
}

describe('createSession', () => {
  it('starts the lesson at its first step and records the start', () => {
    const session = createSession(bundle, sessionOptions());
    expect(session.getFrame()).toMatchObject({ status: 'active', flow: 'lesson', step: { id: 'welcome', index: 0, count: 9 }, progress: 0 });
    expect(session.getRecords().map((record) => [record.seq, record.type, record.step])).toEqual([
      [0, 'session.started', null],
      [1, 'step.entered', 'welcome'],
    ]);
    expect(session.getRecords()[0]).toMatchObject({ at: 1767603600000, payload: { mode: 'guided', region: 'us' } });
  });

  it('exposes who and what the session is for, and its machine', () => {
    const session = createSession(bundle, { ...sessionOptions({ mode: 'self-directed' }), session: 's-77' });
    expect([session.id, session.lesson, session.participant, session.mode]).toEqual(['s-77', 'pacing-basics', 'p-0042', 'self-directed']);
    expect(session.machine.id).toBe('copekit');
  });

  it('falls back to the default crisis region when the region is not configured', () => {
    expect(createSession(bundle, sessionOptions({ region: 'uk' })).getRecords()[0]).toMatchObject({ payload: { region: 'uk' } });
    expect(createSession(bundle, sessionOptions({ region: 'fr' })).getRecords()[0]).toMatchObject({ payload: { region: 'us' } });
  });

  it('reads the system clock when none is given', () => {
    const before = Date.now();
    const { clock: _clock, ...options } = sessionOptions();
    const started = createSession(bundle, options).getRecords()[0]!.at;
    expect(started).toBeGreaterThanOrEqual(before);
    expect(started).toBeLessThanOrEqual(Date.now());
  });

  it('refuses bad options with a message that says what to pass', () => {
    const valid = sessionOptions();
    const messages = [
      null,
      { ...valid, lesson: 3 },
      { ...valid, mode: 'coached' },
      { ...valid, participant: '' },
      { ...valid, region: 1 },
      { ...valid, clock: { now: 1 } },
      { ...valid, session: '' },
      { ...valid, priorAnswers: { 'check-in': 3 } },
      { ...valid, priorAnswers: { 'check-in': { 'sleep-quality': 12 } } },
    ].map((options) => {
      const error = failure(options);
      expect(error.code).toBe('invalid-options');
      return error.message;
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "createSession: pass an options object.",
        "createSession: \`lesson\` must be a lesson id.",
        "createSession: \`mode\` must be \`guided\` or \`self-directed\`.",
        "createSession: \`participant\` must be a non-empty string.",
        "createSession: \`region\` must be a region id.",
        "createSession: \`clock\` must be an object with a \`now()\` method.",
        "createSession: \`session\` must be a non-empty string.",
        "createSession: \`priorAnswers\` must be an object mapping lesson ids to objects of answers.",
        "createSession: prior answer \`check-in.sleep-quality\`: \`sleep-quality\` takes a whole number from 0 to 10; got 12.",
      ]
    `);
  });

  it('refuses an unknown lesson and a clock that does not give numbers', () => {
    expect(failure(sessionOptions({ lesson: 'pacing' })).code).toBe('unknown-lesson');
    const error = failure({ ...sessionOptions(), clock: { now: () => Number.NaN } });
    expect(error.code).toBe('invalid-clock');
    expect(error.message).toBe('The clock returned NaN; `now()` must return milliseconds as a finite number.');
  });
});
