import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { contextWith } from '../../test/fixtures/context.js';
import { practiceRecords, withPractices } from './practice-change.js';
import { createEnv } from './session-env.js';

const env = createEnv(bundle, 'pacing-basics');
const relax = { flow: 'lesson' as const, step: 6 };

describe('practice changes', () => {
  it('records each practice event with elapsed seconds and the cue reached', () => {
    const running = contextWith({}, { practices: { pmr: { status: 'running', elapsed: 10_000, since: 0 } } });
    expect(practiceRecords(env, relax, contextWith(), 'practice.start', 'pmr', 5_000)).toEqual([
      { type: 'practice.started', flow: 'lesson', step: 'relax', payload: { lesson: 'pacing-basics', practice: 'pmr', elapsed: 0, cue: 0 } },
    ]);
    expect(practiceRecords(env, relax, running, 'practice.pause', 'pmr', 35_500)).toEqual([
      { type: 'practice.paused', flow: 'lesson', step: 'relax', payload: { lesson: 'pacing-basics', practice: 'pmr', elapsed: 45.5, cue: 1, reason: 'participant' } },
    ]);
    expect(practiceRecords(env, relax, running, 'practice.complete', 'pmr', 100_000)[0]).toMatchObject({ type: 'practice.completed', payload: { elapsed: 110, cue: 2 } });
  });

  it('stores the new practice state', () => {
    const after = withPractices(env, relax, contextWith(), 'practice.start', 'pmr', 5_000);
    expect(after.practices).toEqual({ 'pacing-basics': { pmr: { status: 'running', elapsed: 0, since: 5_000 } } });
  });

  it('pauses a running practice when the session leaves its step', () => {
    const running = contextWith({}, { practices: { pmr: { status: 'running', elapsed: 0, since: 0 } } });
    expect(practiceRecords(env, relax, running, 'leave', '', 40_000)).toEqual([
      { type: 'practice.paused', flow: 'lesson', step: 'relax', payload: { lesson: 'pacing-basics', practice: 'pmr', elapsed: 40, cue: 1, reason: 'left-step' } },
    ]);
    expect(withPractices(env, relax, running, 'leave', '', 40_000).practices['pacing-basics']).toEqual({ pmr: { status: 'paused', elapsed: 40_000, since: null } });
  });

  it('leaves paused and completed practices, and the context, alone when leaving', () => {
    const paused = contextWith({}, { practices: { pmr: { status: 'paused', elapsed: 3_000, since: null } } });
    expect(practiceRecords(env, relax, paused, 'leave', '', 40_000)).toEqual([]);
    expect(withPractices(env, relax, paused, 'leave', '', 40_000)).toBe(paused);
  });
});
