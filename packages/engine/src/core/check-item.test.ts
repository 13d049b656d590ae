import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { contextWith } from '../../test/fixtures/context.js';
import { checkAnswer, checkSkip } from './check-item.js';
import { findOnStep } from './find-on-step.js';
import { createEnv } from './session-env.js';

const env = createEnv(bundle, 'pacing-basics');
const welcome = { flow: 'lesson' as const, step: 0 };
const highPain = { flow: 'lesson' as const, step: 1 };

describe('checkAnswer', () => {
  it('accepts a valid answer to an item of the current step', () => {
    expect(checkAnswer(env, welcome, contextWith(), 'pain-now', 4)).toBeNull();
  });

  it('refuses unknown items, items of other steps and hidden items', () => {
    expect(checkAnswer(env, welcome, contextWith(), 'pain', 4)).toMatchInlineSnapshot(`
      {
        "message": "Lesson \`pacing-basics\` has no item \`pain\`.",
        "reason": "unknown-item",
      }
    `);
    expect(checkAnswer(env, welcome, contextWith(), 'distress', 4)).toMatchInlineSnapshot(`
      {
        "message": "Item \`distress\` is on step \`check\`, not on the current step.",
        "reason": "not-on-step",
      }
    `);
    expect(checkAnswer(env, highPain, contextWith({ 'pain-now': 3 }), 'flare-plan', 'Rest')).toMatchInlineSnapshot(`
      {
        "message": "Item \`flare-plan\` is hidden by a \`<Show when>\` condition.",
        "reason": "hidden",
      }
    `);
    expect(checkAnswer(env, highPain, contextWith({ 'pain-now': 8 }), 'flare-plan', 'Rest')).toBeNull();
  });

  it('refuses values the item does not take', () => {
    expect(checkAnswer(env, welcome, contextWith(), 'pain-now', 12)?.reason).toBe('out-of-range');
    expect(checkAnswer(env, welcome, contextWith(), 'pain-now', 'high')?.reason).toBe('invalid-value');
  });

  it('looks items up in the lesson of the flow', () => {
    const followUp = { flow: 'safety' as const, step: 1 };
    expect(checkAnswer(env, followUp, contextWith(), 'plan', 'no')).toBeNull();
    expect(checkAnswer(env, followUp, contextWith(), 'pain-now', 3)?.message).toBe('Lesson `safety-check` has no item `pain-now`.');
    expect(findOnStep(env, followUp, contextWith(), 'item', 'urge-now')).toMatchObject({ item: { id: 'urge-now' }, step: 1 });
    expect(findOnStep(env, followUp, contextWith(), 'practice', 'urge-now')).toMatchObject({ reason: 'unknown-practice' });
  });
});

describe('checkSkip', () => {
  it('skips optional items only', () => {
    expect(checkSkip(env, highPain, contextWith({ 'pain-now': 8 }), 'flare-plan')).toBeNull();
    expect(checkSkip(env, welcome, contextWith(), 'pain-now')).toMatchInlineSnapshot(`
      {
        "message": "Item \`pain-now\` is required and cannot be skipped.",
        "reason": "not-optional",
      }
    `);
    expect(checkSkip(env, welcome, contextWith(), 'flare-plan')?.reason).toBe('not-on-step');
  });
});
