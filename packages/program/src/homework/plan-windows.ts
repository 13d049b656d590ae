/**
 * The practice slots of a homework plan, as windows: for `per: day`, each day
 * of the plan with `times` slots; for `per: week`, each 7-day period from the
 * plan's start with `times` slots (a shorter last period gets its share,
 * rounded up).
 *
 * @module
 */

import type { HomeworkPlan, PracticeLogEntry } from '@copekit/schema';
import { addDays, datesFrom, daysBetween, minDate } from '../time/calendar.js';

/** Local dates a plan's slots may be done in, and how many are due in them. */
export interface HomeworkWindow {
  /** First local date. */
  from: string;
  /** Last local date: the slots are due by its end. */
  to: string;
  /** Slots in the window. */
  due: number;
}

/**
 * Every window of `plan`, in order.
 *
 * @example
 * ```ts
 * planWindows({ per: 'week', times: 5, days: 10, start: '2026-01-06', end: '2026-01-15', … });
 * // => [{ from: '2026-01-06', to: '2026-01-12', due: 5 }, { from: '2026-01-13', to: '2026-01-15', due: 3 }]
 * ```
 */
export function planWindows(plan: Pick<HomeworkPlan, 'per' | 'times' | 'start' | 'end'>): HomeworkWindow[] {
  if (plan.per === 'day') return datesFrom(plan.start, plan.end).map((date) => ({ from: date, to: date, due: plan.times }));
  const windows: HomeworkWindow[] = [];
  for (let from = plan.start; from <= plan.end; from = addDays(from, 7)) {
    const to = minDate(addDays(from, 6), plan.end);
    windows.push({ from, to, due: Math.ceil((plan.times * (daysBetween(from, to) + 1)) / 7) });
  }
  return windows;
}

/**
 * The window of `plan` that holds `date`, or `undefined` outside the plan.
 *
 * @example
 * ```ts
 * windowOn(dailyPlan, '2026-01-08'); // => { from: '2026-01-08', to: '2026-01-08', due: 1 }
 * ```
 */
export function windowOn(plan: Pick<HomeworkPlan, 'per' | 'times' | 'start' | 'end'>, date: string): HomeworkWindow | undefined {
  if (date < plan.start || date > plan.end) return undefined;
  return planWindows(plan).find((window) => window.from <= date && date <= window.to);
}

/**
 * Practices logged toward `plan` in `window` (never more than are due).
 *
 * @example
 * ```ts
 * doneIn(state.practice, plan, window); // => 1
 * ```
 */
export function doneIn(practice: readonly PracticeLogEntry[], plan: Pick<HomeworkPlan, 'id'>, window: HomeworkWindow): number {
  const done = practice.filter((entry) => entry.plan === plan.id && window.from <= entry.date && entry.date <= window.to).length;
  return Math.min(done, window.due);
}
