/**
 * Times of day written `HH:MM` (24-hour), for reminder preferences.
 *
 * @module
 */

const pattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Whether `value` is a time of day written `HH:MM`, 24-hour.
 *
 * @example
 * ```ts
 * isClockTime('07:30'); // => true
 * isClockTime('7:30'); // => false
 * ```
 */
export function isClockTime(value: unknown): value is string {
  return typeof value === 'string' && pattern.test(value);
}

/**
 * Minutes after midnight of an `HH:MM` time.
 *
 * @example
 * ```ts
 * clockMinutes('19:30'); // => 1170
 * ```
 */
export function clockMinutes(value: string): number {
  const [hours, minutes] = value.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/**
 * Whether `minutes` after midnight falls in the window from `start` (included)
 * to `end` (excluded), which may wrap past midnight (`21:00`–`08:00`). An empty
 * window (`start` equal to `end`) holds nothing.
 *
 * @example
 * ```ts
 * inWindow(clockMinutes('23:15'), '21:00', '08:00'); // => true
 * inWindow(clockMinutes('12:00'), '21:00', '08:00'); // => false
 * ```
 */
export function inWindow(minutes: number, start: string, end: string): boolean {
  const from = clockMinutes(start);
  const to = clockMinutes(end);
  if (from === to) return false;
  return from < to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
}
