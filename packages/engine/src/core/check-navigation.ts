/**
 * Decides where `next`, `back` and `acknowledge` lead from a step, or why they
 * are refused. The machine's guards and the session's checks both use these,
 * so the frame's `actions` and the machine always agree.
 *
 * @module
 */

import { AnswerScope } from '../conditions/answer-scope.js';
import { missingItems, nextStepWithContent, previousStepWithContent } from '../navigation/step-content.js';
import type { Rejection } from './rejection.js';
import type { SessionContext, StepAt } from './session-context.js';
import { flowLesson, type SessionEnv } from './session-env.js';

/** Where navigation leads: a step index of the same flow, or `end` (lesson completed / safety flow acknowledged). */
export type Destination = number | 'end';

/**
 * Where leaving this step forward leads (`end` after its last step with
 * content), or why it is refused: a required visible item is unanswered.
 */
function forward(env: SessionEnv, at: StepAt, context: SessionContext): Destination | Rejection {
  const lesson = flowLesson(env, at.flow);
  const scope = new AnswerScope(env.lessons, context);
  const missing = missingItems(lesson, at.step, context, scope);
  if (missing.length > 0) {
    return { reason: 'required-unanswered', message: `Answer ${missing.map((id) => `\`${id}\``).join(', ')} first (required on this step).` };
  }
  return nextStepWithContent(lesson, at.step, scope) ?? 'end';
}

/**
 * Where `next` leads from this step, or why it is refused. On the last step
 * of the lesson it leads to `end` (completion); in the safety flow the last
 * step needs `acknowledge` instead.
 *
 * @example
 * ```ts
 * nextDestination(env, { flow: 'lesson', step: 0 }, context); // => 1, or { reason: 'required-unanswered', … }
 * ```
 */
export function nextDestination(env: SessionEnv, at: StepAt, context: SessionContext): Destination | Rejection {
  const destination = forward(env, at, context);
  if (destination !== 'end' || at.flow === 'lesson') return destination;
  return { reason: 'not-allowed-now', message: 'This is the last step of the safety flow: send `acknowledge` to return to the lesson.' };
}

/** Why `acknowledge` is refused at this step, or `null` when it returns to the lesson. */
export function checkAcknowledge(env: SessionEnv, at: StepAt, context: SessionContext): Rejection | null {
  if (at.flow !== 'safety') return { reason: 'not-allowed-now', message: '`acknowledge` ends the safety flow; the session is not in it.' };
  const destination = forward(env, at, context);
  if (typeof destination === 'object') return destination;
  return destination === 'end' ? null : { reason: 'not-allowed-now', message: 'The safety flow has more steps: send `next`; `acknowledge` comes on its last step.' };
}

/** Where `back` leads from this step, or why it is refused. Answers are kept. */
export function backDestination(env: SessionEnv, at: StepAt, context: SessionContext): Destination | Rejection {
  const previous = previousStepWithContent(flowLesson(env, at.flow), at.step, new AnswerScope(env.lessons, context));
  return previous ?? { reason: 'not-allowed-now', message: `This is the first step of ${at.flow === 'safety' ? 'the safety flow' : 'the lesson'}.` };
}
