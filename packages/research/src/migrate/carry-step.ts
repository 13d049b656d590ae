/**
 * Where a session at a step continues in the new version of its lesson.
 *
 * @module
 */

import type { LessonPair } from './carry-lesson.js';

/**
 * The new step for a session at old step `step`: the map's `to`, else the same
 * step, else the nearest earlier step of the old version that still exists,
 * else the lesson's first step.
 *
 * @example
 * ```ts
 * carryStep(pair, 'activity'); // 'practice' when the new version removed `activity`
 * ```
 */
export function carryStep(pair: LessonPair, step: string): string {
  const { old, now, rules } = pair;
  const mapped = rules?.steps?.[step]?.to;
  if (mapped !== undefined) return mapped;
  const earlier = old.steps.slice(0, old.steps.indexOf(step) + 1).reverse();
  return earlier.find((id) => now.steps.includes(id)) ?? now.steps[0]!;
}
