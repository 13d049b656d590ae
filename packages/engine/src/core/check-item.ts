/**
 * Checks `answer` and `skip` against the current step.
 *
 * @module
 */

import { validateAnswer } from '../answers/validate-answer.js';
import { findOnStep } from './find-on-step.js';
import type { Rejection } from './rejection.js';
import type { SessionContext, StepAt } from './session-context.js';
import type { SessionEnv } from './session-env.js';

/**
 * Why answering `id` with `value` at this step is refused, or `null`.
 *
 * @example
 * ```ts
 * checkAnswer(env, { flow: 'lesson', step: 0 }, context, 'pain', 4); // => null
 * ```
 */
export function checkAnswer(env: SessionEnv, at: StepAt, context: SessionContext, id: string, value: unknown): Rejection | null {
  const entry = findOnStep(env, at, context, 'item', id);
  return 'reason' in entry ? entry : validateAnswer(entry.item, value);
}

/** Why skipping `id` at this step is refused, or `null`. */
export function checkSkip(env: SessionEnv, at: StepAt, context: SessionContext, id: string): Rejection | null {
  const entry = findOnStep(env, at, context, 'item', id);
  if ('reason' in entry) return entry;
  return entry.item.optional ? null : { reason: 'not-optional', message: `Item \`${id}\` is required and cannot be skipped.` };
}
