import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { contextWith, phq9Answers } from '../../test/fixtures/context.js';
import { answerRecords, skipRecords, startsSafetyFlow, stepId, withAnswer, withSkip } from './answer-change.js';
import { createEnv } from './session-env.js';

const env = createEnv(bundle, 'pacing-basics');
const welcome = { flow: 'lesson' as const, step: 0 };
const check = { flow: 'lesson' as const, step: 3 };
const mood = { flow: 'lesson' as const, step: 4 };

describe('answering', () => {
  it('records the answer with the one it replaces', () => {
    expect(answerRecords(env, welcome, contextWith({ 'pain-now': 2 }), 'pain-now', 5)).toEqual([
      { type: 'item.answered', flow: 'lesson', step: 'welcome', payload: { lesson: 'pacing-basics', item: 'pain-now', value: 5, previous: 2 } },
    ]);
    expect(answerRecords(env, welcome, contextWith(), 'pain-now', 5)[0]).toMatchObject({ payload: { previous: null } });
  });

  it('stores the answer without touching the given context, and clears a skip', () => {
    const before = contextWith({ 'pain-now': 2 }, { skipped: ['flare-plan'] });
    const after = withAnswer(env, { flow: 'lesson', step: 1 }, before, 'flare-plan', 'Rest');
    expect(after.answers['pacing-basics']).toEqual({ 'pain-now': 2, 'flare-plan': 'Rest' });
    expect(after.skipped['pacing-basics']).toEqual([]);
    expect(before.answers['pacing-basics']).toEqual({ 'pain-now': 2 });
    expect(withAnswer(env, welcome, before, 'pain-now', 3).skipped).toBe(before.skipped);
  });

  it('records a risk answer as an alert that starts the safety flow', () => {
    expect(answerRecords(env, check, contextWith(), 'distress', 9).map((record) => record.type)).toEqual(['item.answered', 'safety.alert']);
    expect(answerRecords(env, check, contextWith(), 'distress', 8).map((record) => record.type)).toEqual(['item.answered']);
    expect(answerRecords(env, check, contextWith(), 'safe-now', 'no')[1]).toEqual({
      type: 'safety.alert',
      flow: 'lesson',
      step: 'check',
      payload: { lesson: 'pacing-basics', item: 'safe-now', value: 'no', started: true },
    });
  });

  it('records a risk answer inside the safety flow without starting it again', () => {
    const followUp = { flow: 'safety' as const, step: 1 };
    expect(startsSafetyFlow(env, followUp)).toBe(false);
    expect(answerRecords(env, followUp, contextWith(), 'plan', 'yes')[1]).toMatchObject({ type: 'safety.alert', flow: 'safety', payload: { lesson: 'safety-check', started: false } });
  });

  it('scores an instrument when its last item is answered, and again only when the score changes', () => {
    const { 'phq-9-q9': _last, ...eight } = phq9Answers(1);
    const completing = answerRecords(env, mood, contextWith(eight), 'phq-9-q9', 0);
    expect(completing.map((record) => record.type)).toEqual(['item.answered', 'instrument.scored']);
    expect(completing[1]).toEqual({
      type: 'instrument.scored',
      flow: 'lesson',
      step: 'mood',
      payload: { lesson: 'pacing-basics', block: 'phq-9', instrument: 'phq-9', version: '1999', score: 8, band: 'mild', positive: false },
    });
    expect(answerRecords(env, mood, contextWith(phq9Answers(1)), 'phq-9-q1', 1).map((record) => record.type)).toEqual(['item.answered']);
    expect(answerRecords(env, mood, contextWith(phq9Answers(1)), 'phq-9-q9', 2).map((record) => record.type)).toEqual([
      'item.answered',
      'instrument.scored',
      'safety.alert',
    ]);
  });
});

describe('skipping', () => {
  it('withdraws the answer and marks the item skipped once', () => {
    const before = contextWith({ 'pain-now': 8, 'flare-plan': 'Rest' });
    const highPain = { flow: 'lesson' as const, step: 1 };
    expect(skipRecords(env, highPain, before, 'flare-plan')).toEqual([
      { type: 'item.skipped', flow: 'lesson', step: 'high-pain', payload: { lesson: 'pacing-basics', item: 'flare-plan', previous: 'Rest' } },
    ]);
    const after = withSkip(env, highPain, before, 'flare-plan');
    expect(after.answers['pacing-basics']).toEqual({ 'pain-now': 8 });
    expect(after.skipped['pacing-basics']).toEqual(['flare-plan']);
    expect(withSkip(env, highPain, after, 'flare-plan').skipped['pacing-basics']).toEqual(['flare-plan']);
  });

  it('names the step', () => {
    expect(stepId(env, { flow: 'safety', step: 3 })).toBe('confirm');
  });
});
