import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { contextWith } from '../../test/fixtures/context.js';
import { createEnv } from '../core/session-env.js';
import { crisisRegion } from './crisis-region.js';
import { isRiskAnswer } from './is-risk-answer.js';

const env = createEnv(bundle, 'pacing-basics');

describe('isRiskAnswer', () => {
  it('checks a rating against its threshold', () => {
    const check = { flow: 'lesson' as const, step: 3 };
    expect([7, 8, 9, 10].map((value) => isRiskAnswer(env, check, contextWith(), 'distress', value))).toEqual([false, false, true, true]);
  });

  it('trips on a risk option of a choice', () => {
    const check = { flow: 'lesson' as const, step: 3 };
    expect(isRiskAnswer(env, check, contextWith(), 'safe-now', 'no')).toBe(true);
    expect(isRiskAnswer(env, check, contextWith(), 'safe-now', 'yes')).toBe(false);
  });

  it('trips on any non-zero answer to PHQ-9 item 9', () => {
    const mood = { flow: 'lesson' as const, step: 4 };
    expect([0, 1, 2, 3].map((value) => isRiskAnswer(env, mood, contextWith(), 'phq-9-q9', value))).toEqual([false, true, true, true]);
    expect(isRiskAnswer(env, mood, contextWith(), 'phq-9-q8', 3)).toBe(false);
  });

  it('checks the follow-up questions of the safety flow', () => {
    expect(isRiskAnswer(env, { flow: 'safety', step: 1 }, contextWith(), 'plan', 'yes')).toBe(true);
  });

  it('uses the new value, not the one it replaces', () => {
    expect(isRiskAnswer(env, { flow: 'lesson', step: 3 }, contextWith({ distress: 10 }), 'distress', 2)).toBe(false);
  });
});

describe('crisisRegion', () => {
  const { crisis } = bundle.curriculum;
  it('picks the named region, or the default one', () => {
    expect(crisisRegion(crisis, 'uk').id).toBe('uk');
    expect(crisisRegion(crisis, 'fr').id).toBe('us');
    expect(crisisRegion(crisis, undefined).resources.map((resource) => resource.contact)).toEqual(['988', '911']);
  });
});
