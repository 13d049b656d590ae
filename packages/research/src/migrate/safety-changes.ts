/**
 * Finds the safety steps a session has reached that the new version changes.
 *
 * @module
 */

import type { LessonPair, MigrationProblem } from './carry-lesson.js';

/** Which steps of a lesson a session has reached, in each version. */
export interface Reached {
  /** Old steps reached (up to the old current step, or every step). */
  old: ReadonlySet<string>;
  /** Steps only the new version has that come at or before the new current step. */
  added: ReadonlySet<string>;
}

/**
 * Problems for each reached safety step (in either version) whose content
 * changed, was removed or was added, unless the map marks it `reviewed`, and
 * the ids of the steps the map carried the session over.
 *
 * @example
 * ```ts
 * const reviewed = safetyChanges(pair, reached, problems); // ['more-mood'] when the map reviewed it
 * ```
 */
export function safetyChanges(pair: LessonPair, reached: Reached, problems: MigrationProblem[]): string[] {
  const { old, now, rules } = pair;
  const reviewed: string[] = [];
  const isSafety = (step: string) => old.safetySteps.has(step) || now.safetySteps.has(step);
  const changed = [...reached.old, ...reached.added].filter((step) => isSafety(step) && old.fingerprints.get(step) !== now.fingerprints.get(step));
  for (const step of changed) {
    if (rules?.steps?.[step]?.reviewed === true) {
      reviewed.push(step);
      continue;
    }
    const what = !now.steps.includes(step) ? 'removes' : !old.steps.includes(step) ? 'adds' : 'changes';
    problems.push({
      code: 'safety-change',
      message:
        `${pair.to} ${what} the safety step \`${step}\` of ${old.lesson.id}, which the session has already reached in ${pair.from}; ` +
        `have the change reviewed, then set \`${pair.key}.steps['${step}']\` to { reviewed: true } (and \`to\` to choose where the session continues).`,
    });
  }
  return reviewed;
}
