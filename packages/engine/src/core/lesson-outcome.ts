/**
 * What a lesson ends with: the answers of visible items, instrument scores and
 * skipped items, as written in `lesson.completed`.
 *
 * @module
 */

import type { AnswerValue, LessonCompletedRecord } from '@copekit/schema';
import { AnswerScope } from '../conditions/answer-scope.js';
import type { SessionContext } from './session-context.js';
import type { SessionEnv } from './session-env.js';

/**
 * The outcome of the session's lesson. Answers and skips of items hidden by
 * `<Show when>` at the end are left out (their `item.answered` records remain in the log).
 */
export function lessonOutcome(env: SessionEnv, context: SessionContext): LessonCompletedRecord['payload'] {
  const { lesson } = env;
  const id = lesson.lesson.id;
  const scope = new AnswerScope(env.lessons, context);
  const given = context.answers[id] ?? {};
  const answers: Record<string, AnswerValue> = {};
  for (const [item, entry] of lesson.items) {
    const value = given[item];
    if (value !== undefined && scope.visible(entry, lesson)) answers[item] = value;
  }
  const scores: Record<string, number> = {};
  for (const [block, entry] of lesson.instruments) {
    const score = scope.score(entry, lesson);
    if (score !== undefined) scores[block] = score.value;
  }
  const skipped = (context.skipped[id] ?? []).filter((item) => {
    const entry = lesson.items.get(item);
    return entry !== undefined && scope.visible(entry, lesson);
  });
  return { answers, scores, skipped };
}
