/**
 * Which homework plan a logged practice counts toward.
 *
 * @module
 */

import type { HomeworkPlan, PracticeLogEntry } from '@copekit/schema';
import { doneIn, windowOn } from './plan-windows.js';

/**
 * The plan a practice of `skill` on `date` fills a slot of: among the plans for
 * that skill whose window on `date` still has an open slot, the one whose
 * window ends first (then the one assigned first). `null` when none has an
 * open slot: the practice is logged beyond the plans.
 *
 * @example
 * ```ts
 * planForPractice(state.homework, state.practice, 'pmr', '2026-01-08'); // => 'pain-and-relaxation/pmr-daily'
 * ```
 */
export function planForPractice(plans: readonly HomeworkPlan[], practice: readonly PracticeLogEntry[], skill: string, date: string): string | null {
  let best: { plan: HomeworkPlan; to: string } | undefined;
  for (const plan of plans) {
    if (plan.skill !== skill) continue;
    const window = windowOn(plan, date);
    if (window === undefined || doneIn(practice, plan, window) >= window.due) continue;
    if (best === undefined || window.to < best.to) best = { plan, to: window.to };
  }
  return best?.plan.id ?? null;
}
