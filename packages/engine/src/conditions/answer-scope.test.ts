import type { Condition } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { bundleWith, lessonOf, rating } from '../../test/fixtures/build.js';
import { createEnv } from '../core/session-env.js';
import { AnswerScope } from './answer-scope.js';

const env = createEnv(bundle, 'pacing-basics');
const { lesson, safety } = env;
const item = (id: string) => lesson.items.get(id)!;
const scope = (answers: Record<string, Record<string, unknown>>, prior = {}) =>
  new AnswerScope(env.lessons, { answers: answers as never, prior });
const painAtLeast7: Condition = { type: 'compare', op: '>=', left: { type: 'ref', ref: { item: 'pain-now' } }, right: { type: 'number', value: 7 } };

describe('AnswerScope', () => {
  it('shows items outside <Show> blocks whatever the answers', () => {
    expect(scope({}).visible(item('pain-now'), lesson)).toBe(true);
  });

  it('shows an item inside <Show> only while its condition holds', () => {
    expect(scope({}).visible(item('flare-plan'), lesson)).toBe(false);
    expect(scope({ 'pacing-basics': { 'pain-now': 6 } }).visible(item('flare-plan'), lesson)).toBe(false);
    expect(scope({ 'pacing-basics': { 'pain-now': 7 } }).visible(item('flare-plan'), lesson)).toBe(true);
  });

  it('reads the answer of a hidden item as unanswered, but keeps it', () => {
    const answers = { 'pacing-basics': { 'pain-now': 2, 'flare-plan': 'Rest' } };
    const lookup = scope(answers).lookup(lesson);
    expect(lookup({ item: 'flare-plan' })).toBeUndefined();
    expect(scope({ 'pacing-basics': { ...answers['pacing-basics'], 'pain-now': 8 } }).lookup(lesson)({ item: 'flare-plan' })).toBe('Rest');
  });

  it('reads an instrument block id as its score once every item is answered', () => {
    const eight = Object.fromEntries(Array.from({ length: 8 }, (_, index) => [`phq-9-q${index + 1}`, 2]));
    expect(scope({ 'pacing-basics': eight }).lookup(lesson)({ item: 'phq-9' })).toBeUndefined();
    expect(scope({ 'pacing-basics': { ...eight, 'phq-9-q9': 0 } }).lookup(lesson)({ item: 'phq-9' })).toBe(16);
    expect(scope({ 'pacing-basics': { ...eight, 'phq-9-q9': 0 } }).score(lesson.instruments.get('phq-9')!, lesson)).toMatchObject({
      value: 16,
      band: { id: 'moderately-severe' },
      positive: true,
    });
  });

  it('reads other lessons from the prior answers, and the safety lesson from the live answers', () => {
    const prior = { 'check-in': { 'sleep-quality': 2 }, 'safety-check': { plan: 'yes' } };
    const lookup = scope({ 'safety-check': { plan: 'no' } }, prior).lookup(lesson);
    expect(lookup({ lesson: 'check-in', item: 'sleep-quality' })).toBe(2);
    expect(lookup({ lesson: 'safety-check', item: 'plan' })).toBe('no');
    expect(lookup({ lesson: 'elsewhere', item: 'x' })).toBeUndefined();
  });

  it('evaluates conditions written in the safety lesson against its own items', () => {
    const extra = safety.steps[2]!.step.blocks[0]!;
    expect(extra.type).toBe('show');
    if (extra.type !== 'show') return;
    expect(scope({ 'safety-check': { plan: 'yes' } }).holds(extra.when, safety)).toBe(true);
    expect(scope({ 'pacing-basics': { plan: 'yes' } }).holds(extra.when, safety)).toBe(false);
  });

  it('holds conditions in the lesson they are written in', () => {
    expect(scope({ 'pacing-basics': { 'pain-now': 9 } }).holds(painAtLeast7, lesson)).toBe(true);
    expect(scope({ 'pacing-basics': { 'pain-now': 9 } }).holds(painAtLeast7, safety)).toBe(false);
  });

  it('reads a reference cycle (which the compiler forbids) as hidden instead of looping', () => {
    const loop: Condition = { type: 'answered', ref: { item: 'b' } };
    const odd = bundleWith(
      lessonOf('loop', [
        {
          id: 'only',
          blocks: [
            { type: 'show', when: { type: 'answered', ref: { item: 'a' } }, source: 'answered(a)', blocks: [rating('b')] },
            { type: 'show', when: loop, source: 'answered(b)', blocks: [rating('a')] },
          ],
        },
      ]),
    );
    const loopEnv = createEnv(odd, 'loop');
    const cyclic = new AnswerScope(loopEnv.lessons, { answers: { loop: { a: 1, b: 2 } }, prior: {} });
    expect(cyclic.visible(loopEnv.lesson.items.get('a')!, loopEnv.lesson)).toBe(false);
    expect(cyclic.visible(loopEnv.lesson.items.get('b')!, loopEnv.lesson)).toBe(false);
  });
});
