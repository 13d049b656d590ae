/**
 * Calendar arithmetic on local dates written `YYYY-MM-DD`. A local date names
 * a day in the participant's time zone; the arithmetic itself needs no time
 * zone, so it runs on UTC days.
 *
 * @module
 */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * isLocalDate('2026-02-28'); // => true
 * isLocalDate('2026-02-30'); // => false
 * ```
 */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = datePattern.exec(value);
  return match !== null && toDateString(dayNumber(value)) === value;
}

/**
 * The date `days` days after `date` (before it when negative).
 *
 * @example
 * ```ts
 * addDays('2026-02-26', 3); // => '2026-03-01'
 * ```
 */
export function addDays(date: string, days: number): string {
  return toDateString(dayNumber(date) + days);
}

/**
 * Whole days from `from` to `to`: negative when `to` is earlier.
 *
 * @example
 * ```ts
 * daysBetween('2026-01-05', '2026-01-12'); // => 7
 * ```
 */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Every date from `start` to `end`, both included; empty when `end` is earlier.
 *
 * @example
 * ```ts
 * datesFrom('2026-01-30', '2026-02-01'); // => ['2026-01-30', '2026-01-31', '2026-02-01']
 * ```
 */
export function datesFrom(start: string, end: string): string[] {
  const count = daysBetween(start, end) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, index) => addDays(start, index));
}

/** The earlier of two dates. */
export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(year, month - 1, day) / dayMs);
}

function toDateString(days: number): string {
  return new Date(days * dayMs).toISOString().slice(0, 10);
}
