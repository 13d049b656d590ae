/**
 * Whether an answer trips its item's risk rule. Risk rules are conditions on
 * the item itself (`phq-9-q9 > 0`, `includes(thoughts, 'harm')`), evaluated
 * with the same evaluator as `<Show when>`.
 *
 * @module
 */

import type { AnswerValue } from '@copekit/schema';
import { AnswerScope } from '../conditions/answer-scope.js';
import { evaluateCondition } from '../conditions/evaluate.js';
import type { SessionContext, StepAt } from '../core/session-context.js';
import { flowLesson, type SessionEnv } from '../core/session-env.js';

/**
 * Whether answering item `id` with `value` is a risk answer.
 *
 * @example
 * ```ts
 * // PHQ-9 item 9 with the rule `phq-9-q9 > 0`
 * isRiskAnswer(env, at, context, 'phq-9-q9', 1); // => true
 * isRiskAnswer(env, at, context, 'phq-9-q9', 0); // => false
 * ```
 */
export function isRiskAnswer(env: SessionEnv, at: StepAt, context: SessionContext, id: string, value: AnswerValue): boolean {
  const lesson = flowLesson(env, at.flow);
  const risk = lesson.items.get(id)?.item.risk;
  if (risk === undefined) return false;
  const others = new AnswerScope(env.lessons, context).lookup(lesson);
  const own = lesson.lesson.id;
  return evaluateCondition(risk, (ref) => (ref.item === id && (ref.lesson ?? own) === own ? value : others(ref)));
}
