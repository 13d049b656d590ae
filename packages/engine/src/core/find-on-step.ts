/**
 * Finds the item or practice an event names on the current step.
 *
 * @module
 */

import { AnswerScope } from '../conditions/answer-scope.js';
import type { ItemEntry, PracticeEntry } from '../lesson/lesson-index.js';
import type { Rejection } from './rejection.js';
import type { SessionContext, StepAt } from './session-context.js';
import { flowLesson, type SessionEnv } from './session-env.js';

/** What an event can name. */
interface Named {
  item: ItemEntry;
  practice: PracticeEntry;
}

/**
 * The item (or practice) `id` of the lesson of `at`, or why it cannot be used
 * now: unknown, on another step, or hidden by a `<Show when>`.
 *
 * @example
 * ```ts
 * findOnStep(env, { flow: 'lesson', step: 0 }, context, 'item', 'distress');
 * // => { reason: 'not-on-step', message: 'Item `distress` is on step `check`, not on the current step.' }
 * ```
 */
export function findOnStep<Kind extends keyof Named>(env: SessionEnv, at: StepAt, context: SessionContext, kind: Kind, id: string): Named[Kind] | Rejection {
  const lesson = flowLesson(env, at.flow);
  const entry = (kind === 'item' ? lesson.items : lesson.practices).get(id) as Named[Kind] | undefined;
  const name = `${kind === 'item' ? 'Item' : 'Practice'} \`${id}\``;
  if (entry === undefined) return { reason: `unknown-${kind}`, message: `Lesson \`${lesson.lesson.id}\` has no ${kind} \`${id}\`.` };
  if (entry.step !== at.step) return { reason: 'not-on-step', message: `${name} is on step \`${lesson.steps[entry.step]!.step.id}\`, not on the current step.` };
  if (entry.when.length > 0 && !new AnswerScope(env.lessons, context).visible(entry, lesson)) {
    return { reason: 'hidden', message: `${name} is hidden by a \`<Show when>\` condition.` };
  }
  return entry;
}
