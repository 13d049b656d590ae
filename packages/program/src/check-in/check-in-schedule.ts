/**
 * The daily check-in schedule: every day from the start date until the day
 * the last session is completed. A scheduled day without a check-in counts as
 * missed once it is over.
 *
 * @module
 */

import { addDays, datesFrom, minDate } from '../time/calendar.js';
import { localDate } from '../time/zoned-time.js';
import type { ProgramModel } from '../state/program-model.js';

/**
 * The last scheduled check-in day: the local date the program was completed,
 * or `null` while it runs.
 *
 * @example
 * ```ts
 * scheduleEnd(model); // => '2026-02-23'
 * ```
 */
export function scheduleEnd({ settings, state }: Pick<ProgramModel, 'settings' | 'state'>): string | null {
  return state.completedAt === null ? null : localDate(state.completedAt, settings.timeZone);
}

/**
 * The scheduled days from `from` to `to` (both included) that are over by
 * `today` and have no check-in. Empty when the program has no check-in.
 *
 * @example
 * ```ts
 * missedDates(model, '2026-01-05', '2026-01-11', '2026-01-09'); // => ['2026-01-06', '2026-01-08']
 * ```
 */
export function missedDates(model: ProgramModel, from: string, to: string, today: string): string[] {
  if (model.plan.checkIn === undefined) return [];
  const end = scheduleEnd(model);
  let last = minDate(to, addDays(today, -1));
  if (end !== null) last = minDate(last, end);
  const first = from < model.settings.startDate ? model.settings.startDate : from;
  const done = new Set(model.state.checkIns.map((entry) => entry.date));
  return datesFrom(first, last).filter((date) => !done.has(date));
}

/**
 * The days missed in a row up to yesterday: the current run of missed
 * check-ins, with its first day. Zero once the program is completed.
 *
 * @example
 * ```ts
 * missedStreak(model, '2026-01-16'); // => { days: 3, since: '2026-01-13' }
 * ```
 */
export function missedStreak(model: ProgramModel, today: string): { days: number; since: string | null } {
  if (model.state.status === 'completed') return { days: 0, since: null };
  const missed = new Set(missedDates(model, model.settings.startDate, today, today));
  let days = 0;
  while (missed.has(addDays(today, -(days + 1)))) days++;
  return { days, since: days === 0 ? null : addDays(today, -days) };
}
