import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { contextWith, phq9Answers } from '../../test/fixtures/context.js';
import { lessonOutcome } from './lesson-outcome.js';
import { createEnv } from './session-env.js';

const env = createEnv(bundle, 'pacing-basics');

describe('lessonOutcome', () => {
  it('keeps the answers and skips of visible items, with the instrument scores', () => {
    const context = contextWith({ 'pain-now': 3, 'flare-plan': 'Rest', overdo: ['yard'], ...phq9Answers(2) }, { skipped: ['thought', 'flare-plan'] });
    const outcome = lessonOutcome(env, context);
    expect(outcome.answers['flare-plan']).toBeUndefined();
    expect(outcome.answers['pain-now']).toBe(3);
    expect(outcome.scores).toEqual({ 'phq-9': 16 });
    expect(outcome.skipped).toEqual(['thought']);
  });

  it('leaves out the safety lesson answers', () => {
    expect(lessonOutcome(env, contextWith({ 'pain-now': 1 }, { safety: { plan: 'no' } })).answers).toEqual({ 'pain-now': 1 });
  });
});
