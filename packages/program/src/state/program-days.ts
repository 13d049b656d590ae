/**
 * Days and weeks of a program, in the participant's time zone. Week 1 is the
 * start date and the six days after it.
 *
 * @module
 */

import { addDays, daysBetween } from '../time/calendar.js';
import { localDate } from '../time/zoned-time.js';
import type { ProgramSettings } from './program-model.js';

/**
 * The participant's local date at `now`.
 *
 * @example
 * ```ts
 * todayOf(settings, Date.UTC(2026, 0, 6, 3)); // => '2026-01-05' in America/New_York
 * ```
 */
export function todayOf(settings: Pick<ProgramSettings, 'timeZone'>, now: number): string {
  return localDate(now, settings.timeZone);
}

/**
 * The program week `date` falls in, from 1; 0 before the start date.
 *
 * @example
 * ```ts
 * weekOf({ startDate: '2026-01-05' }, '2026-01-12'); // => 2
 * ```
 */
export function weekOf(settings: Pick<ProgramSettings, 'startDate'>, date: string): number {
  const days = daysBetween(settings.startDate, date);
  return days < 0 ? 0 : Math.floor(days / 7) + 1;
}

/**
 * The first and last local date of program week `week`.
 *
 * @example
 * ```ts
 * weekDates({ startDate: '2026-01-05' }, 2); // => { start: '2026-01-12', end: '2026-01-18' }
 * ```
 */
export function weekDates(settings: Pick<ProgramSettings, 'startDate'>, week: number): { start: string; end: string } {
  const start = addDays(settings.startDate, (week - 1) * 7);
  return { start, end: addDays(start, 6) };
}
