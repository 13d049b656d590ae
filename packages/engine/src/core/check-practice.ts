/**
 * Checks practice events against the current step and the practice's status.
 *
 * @module
 */

import type { Rejection } from './rejection.js';
import type { SessionContext, StepAt } from './session-context.js';
import { flowLesson, type SessionEnv } from './session-env.js';
import { findOnStep } from './find-on-step.js';
import { practiceActions, practiceAllows, practiceStatus, type PracticeEventType } from '../practice/practice-progress.js';

/**
 * Why `event` on practice `id` is refused at this step, or `null`.
 *
 * @example
 * ```ts
 * checkPractice(env, { flow: 'lesson', step: 2 }, context, 'practice.pause', 'pmr');
 * // => { reason: 'not-allowed-now', message: 'Practice `pmr` is ready; it allows practice.start.' }
 * ```
 */
export function checkPractice(
  env: SessionEnv,
  at: StepAt,
  context: SessionContext,
  event: PracticeEventType,
  id: string,
): Rejection | null {
  const entry = findOnStep(env, at, context, 'practice', id);
  if ('reason' in entry) return entry;
  const lesson = flowLesson(env, at.flow);
  const status = practiceStatus(context.practices[lesson.lesson.id]?.[id]);
  if (practiceAllows(status, event)) return null;
  return { reason: 'not-allowed-now', message: `Practice \`${id}\` is ${status}; it allows ${practiceActions(status).join(', ')}.` };
}
