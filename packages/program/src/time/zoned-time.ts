/**
 * Local dates and times in an IANA time zone, with `Intl.DateTimeFormat`
 * (no date library, no global state besides a cache of formatters).
 *
 * @module
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/**
 * Whether `timeZone` is an IANA time zone this runtime knows, e.g. `America/New_York`.
 *
 * @example
 * ```ts
 * isTimeZone('Europe/London'); // => true
 * isTimeZone('Mars/Olympus'); // => false
 * ```
 */
export function isTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock fields at `time` in `timeZone`. */
function wallClock(time: number, timeZone: string): { date: string; minutes: number; wall: number } {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(time)) parts[part.type] = part.value;
  const [year, month, day, hour, minute, second] = ['year', 'month', 'day', 'hour', 'minute', 'second'].map((type) => Number(parts[type]));
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    minutes: hour! * 60 + minute!,
    wall: Date.UTC(year!, month! - 1, day!, hour!, minute!, second!),
  };
}

/**
 * The local date (`YYYY-MM-DD`) at `time` in `timeZone`.
 *
 * @example
 * ```ts
 * localDate(Date.UTC(2026, 0, 6, 3), 'America/New_York'); // => '2026-01-05' (10 pm the evening before)
 * ```
 */
export function localDate(time: number, timeZone: string): string {
  return wallClock(time, timeZone).date;
}

/**
 * Minutes since local midnight at `time` in `timeZone` (0 to 1439).
 *
 * @example
 * ```ts
 * localMinutes(Date.UTC(2026, 0, 5, 14, 30), 'America/New_York'); // => 570 (9:30 am)
 * ```
 */
export function localMinutes(time: number, timeZone: string): number {
  return wallClock(time, timeZone).minutes;
}

/**
 * The instant the local `date` reaches `minutes` after midnight in
 * `timeZone`. A wall time skipped by a daylight-saving change is read with
 * the offset before the change (02:30 on the night clocks go from 02:00 to
 * 03:00 gives 03:30); a repeated wall time gives its first occurrence.
 *
 * @example
 * ```ts
 * zonedTime('2026-01-05', 0, 'America/New_York'); // => Date.UTC(2026, 0, 5, 5)
 * ```
 */
export function zonedTime(date: string, minutes: number, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wanted = Date.UTC(year, month - 1, day, 0, minutes);
  const offsetAt = (time: number) => wallClock(time, timeZone).wall - (time - (((time % 1000) + 1000) % 1000));
  const first = wanted - offsetAt(wanted);
  const second = wanted - offsetAt(first);
  return first === second ? first : Math.max(first, second);
}

/**
 * The instant the local `date` begins in `timeZone`.
 *
 * @example
 * ```ts
 * startOfDay('2026-07-01', 'Europe/London'); // => Date.UTC(2026, 5, 30, 23)
 * ```
 */
export function startOfDay(date: string, timeZone: string): number {
  return zonedTime(date, 0, timeZone);
}
