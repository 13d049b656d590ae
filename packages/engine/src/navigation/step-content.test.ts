import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { AnswerScope } from '../conditions/answer-scope.js';
import { createEnv } from '../core/session-env.js';
import { missingItems, nextStepWithContent, previousStepWithContent, stepHasContent } from './step-content.js';

const env = createEnv(bundle, 'pacing-basics');
const { lesson } = env;
const data = (answers: Record<string, unknown>) => ({ answers: { 'pacing-basics': answers } as never, prior: {} });
const scope = (answers: Record<string, unknown>) => new AnswerScope(env.lessons, data(answers));

describe('step content', () => {
  it('passes over a step whose <Show> blocks are all hidden (coach notes do not count)', () => {
    // high-pain (index 1) holds a <Show when="pain-now >= 7"> and a coach note.
    expect(stepHasContent(lesson, 1, scope({ 'pain-now': 3 }))).toBe(false);
    expect(stepHasContent(lesson, 1, scope({ 'pain-now': 7 }))).toBe(true);
    expect(nextStepWithContent(lesson, 0, scope({ 'pain-now': 3 }))).toBe(2);
    expect(nextStepWithContent(lesson, 0, scope({ 'pain-now': 8 }))).toBe(1);
    expect(previousStepWithContent(lesson, 2, scope({ 'pain-now': 3 }))).toBe(0);
    expect(previousStepWithContent(lesson, 0, scope({}))).toBeNull();
  });

  it('finds no next step after the last one with content', () => {
    // low-pain (index 8) shows only when pain-now <= 2 and the flare plan is unanswered.
    expect(nextStepWithContent(lesson, 7, scope({ 'pain-now': 5 }))).toBeNull();
    expect(nextStepWithContent(lesson, 7, scope({ 'pain-now': 1 }))).toBe(8);
    expect(stepHasContent(lesson, 99, scope({}))).toBe(false);
  });

  it('lists the required visible items still unanswered', () => {
    expect(missingItems(lesson, 0, data({}), scope({}))).toEqual(['pain-now']);
    expect(missingItems(lesson, 2, data({ overdo: ['chores'] }), scope({ overdo: ['chores'] }))).toEqual(['chore-minutes']);
    expect(missingItems(lesson, 2, data({ overdo: ['yard'] }), scope({ overdo: ['yard'] }))).toEqual([]);
    // The optional flare plan never blocks.
    expect(missingItems(lesson, 1, data({ 'pain-now': 9 }), scope({ 'pain-now': 9 }))).toEqual([]);
  });
});
