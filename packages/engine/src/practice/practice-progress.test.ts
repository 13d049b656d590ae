import type { PracticeBlock } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { advancePractice, cueIndex, elapsedMs, practiceActions, practiceAllows, practiceStatus } from './practice-progress.js';

const pmr: PracticeBlock = {
  type: 'practice',
  id: 'pmr',
  title: 'PMR',
  minutes: 2,
  cues: [
    { at: 0, text: 'Sit.' },
    { at: 30, text: 'Tense.' },
    { at: 90, text: 'Let go.' },
  ],
};

describe('practice progress', () => {
  it('counts time only while running, across pauses', () => {
    const started = advancePractice(undefined, 'practice.start', 1_000);
    expect(started).toEqual({ status: 'running', elapsed: 0, since: 1_000 });
    expect(elapsedMs(started, 11_000)).toBe(10_000);
    const paused = advancePractice(started, 'practice.pause', 21_000);
    expect(paused).toEqual({ status: 'paused', elapsed: 20_000, since: null });
    expect(elapsedMs(paused, 99_000)).toBe(20_000);
    const resumed = advancePractice(paused, 'practice.resume', 50_000);
    expect(elapsedMs(resumed, 55_000)).toBe(25_000);
    expect(advancePractice(resumed, 'practice.complete', 60_000)).toEqual({ status: 'completed', elapsed: 30_000, since: null });
  });

  it('never counts negative time when the clock goes back', () => {
    expect(elapsedMs({ status: 'running', elapsed: 5_000, since: 10_000 }, 4_000)).toBe(5_000);
    expect(elapsedMs(undefined, 4_000)).toBe(0);
  });

  it('starts again from zero after completion', () => {
    expect(advancePractice({ status: 'completed', elapsed: 30_000, since: null }, 'practice.start', 70_000)).toEqual({ status: 'running', elapsed: 0, since: 70_000 });
  });

  it('reports the latest cue reached', () => {
    expect([0, 29_999, 30_000, 89_999, 90_000, 500_000].map((elapsed) => cueIndex(pmr, elapsed))).toEqual([0, 0, 1, 1, 2, 2]);
    expect(cueIndex({ ...pmr, cues: [{ at: 5, text: 'Breathe.' }] }, 1_000)).toBe(-1);
  });

  it('allows each event only from its statuses', () => {
    expect(practiceStatus(undefined)).toBe('ready');
    expect((['ready', 'running', 'paused', 'completed'] as const).map((status) => [status, practiceActions(status)])).toEqual([
      ['ready', ['practice.start']],
      ['running', ['practice.pause', 'practice.complete']],
      ['paused', ['practice.resume', 'practice.complete']],
      ['completed', ['practice.start']],
    ]);
    expect(practiceAllows('running', 'practice.start')).toBe(false);
  });
});
