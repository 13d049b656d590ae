/**
 * Semantic checks of a restored state: every lesson, item and practice it
 * names exists, and every answer is valid for its item. The schema checks the
 * shape; this checks that the state fits the lesson it claims to belong to.
 *
 * @module
 */

import type { SessionState } from '@copekit/schema';
import { validateAnswer } from '../answers/validate-answer.js';
import { checkPrior } from '../core/prior-answers.js';
import type { SessionEnv } from '../core/session-env.js';
import type { LessonIndex } from '../lesson/lesson-index.js';

/** What does not fit the lesson in `state`, or `null`. */
export function stateProblem(env: SessionEnv, state: SessionState): string | null {
  for (const part of ['answers', 'skipped', 'practices'] as const) {
    for (const [id, entries] of Object.entries(state[part])) {
      const lesson = env.lessons.find((candidate) => candidate.lesson.id === id);
      if (lesson === undefined) return `it has ${part === 'skipped' ? 'skipped items' : part} for \`${id}\`, which the session does not run`;
      for (const [key, value] of Object.entries(entries)) {
        const problem = entryProblem(part, lesson, state, key, value);
        if (problem !== null) return problem;
      }
    }
  }
  return checkPrior(env, state.prior);
}

function entryProblem(part: 'answers' | 'skipped' | 'practices', lesson: LessonIndex, state: SessionState, key: string, value: unknown): string | null {
  const id = lesson.lesson.id;
  if (part === 'practices') {
    const progress = value as SessionState['practices'][string][string];
    if (!lesson.practices.has(key)) return `lesson \`${id}\` has no practice \`${key}\``;
    return (progress.status === 'running') === (progress.since !== null) ? null : `practice \`${key}\` has an inconsistent \`since\``;
  }
  const item = part === 'skipped' ? (value as string) : key;
  const entry = lesson.items.get(item);
  if (entry === undefined) return `lesson \`${id}\` has no item \`${item}\``;
  if (part === 'answers') {
    const problem = validateAnswer(entry.item, value);
    return problem && `the answer to \`${item}\` is invalid: ${problem.message.slice(0, -1)}`;
  }
  if (!entry.item.optional) return `\`${item}\` is not an optional item of \`${id}\``;
  return state.answers[id]?.[item] === undefined ? null : `\`${item}\` is both answered and skipped`;
}
