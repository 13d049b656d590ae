/**
 * Answers from earlier lessons (`lesson-id.item-id` in conditions). Only the
 * ones the lesson refers to are kept, checked against their items, and saved
 * in the session so a restored session reads the same values.
 *
 * @module
 */

import type { AnswersByLesson, AnswerValue, ItemRef } from '@copekit/schema';
import { freezeAnswer } from '../answers/freeze-answer.js';
import { validateAnswer } from '../answers/validate-answer.js';
import type { SessionEnv } from './session-env.js';

/**
 * The prior answers the session keeps: those of `given` that its conditions
 * refer to. Returns a description of the problem when one of them is not a
 * valid answer to its item (or, for an instrument block, not a number).
 *
 * @example
 * ```ts
 * pickPrior(env, { 'check-in': { 'sleep-quality': 3, 'steps-walked': 900 } });
 * // => { 'check-in': { 'sleep-quality': 3 } } when only sleep-quality is referred to
 * ```
 */
export function pickPrior(env: SessionEnv, given: AnswersByLesson): AnswersByLesson | string {
  const picked: AnswersByLesson = {};
  for (const ref of env.priorRefs) {
    const lesson = ref.lesson!;
    const value = own(given, lesson) ? own(given[lesson]!, ref.item) : undefined;
    if (value === undefined) continue;
    const problem = priorProblem(env, ref, value);
    if (problem !== null) return problem;
    picked[lesson] = { ...picked[lesson], [ref.item]: freezeAnswer(value) };
  }
  return picked;
}

/** Why saved prior answers do not fit the lesson's references, or `null`. */
export function checkPrior(env: SessionEnv, prior: AnswersByLesson): string | null {
  for (const [lesson, answers] of Object.entries(prior)) {
    for (const [item, value] of Object.entries(answers)) {
      const ref = env.priorRefs.find((candidate) => candidate.lesson === lesson && candidate.item === item);
      if (ref === undefined) return `the prior answer \`${lesson}.${item}\` is not referred to by the lesson`;
      const problem = priorProblem(env, ref, value);
      if (problem !== null) return problem;
    }
  }
  return null;
}

function priorProblem(env: SessionEnv, ref: ItemRef, value: AnswerValue): string | null {
  const lesson = env.bundle.lesson(ref.lesson!);
  const name = `\`${ref.lesson}.${ref.item}\``;
  const item = lesson?.items.get(ref.item);
  if (item !== undefined) {
    const problem = validateAnswer(item.item, value);
    return problem === null ? null : `prior answer ${name}: ${problem.message.slice(0, -1)}`;
  }
  if (lesson?.instruments.has(ref.item)) {
    return typeof value === 'number' && Number.isFinite(value) ? null : `prior answer ${name} is an instrument score and takes a number`;
  }
  return `prior answer ${name} names no item or instrument of the bundle`;
}

function own<T extends object>(object: T, key: string): T[keyof T] | undefined {
  return Object.hasOwn(object, key) ? (object as Record<string, T[keyof T]>)[key] : undefined;
}
