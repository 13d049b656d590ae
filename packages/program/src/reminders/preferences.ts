/**
 * The participant's reminder preferences: which reminders, at what local
 * times, and quiet hours during which none is due.
 *
 * @module
 */

import type { ReminderKind } from '@copekit/schema';
import { isClockTime } from '../time/clock-time.js';

/**
 * Reminder preferences, all optional. Times are local, `HH:MM`, 24-hour.
 *
 * @example
 * ```ts
 * const preferences: ReminderPreferences = { kinds: ['check-in', 'session'], checkInAt: '20:00', quietHours: { start: '22:00', end: '07:30' } };
 * ```
 */
export interface ReminderPreferences {
  /** The reminders the participant wants. Default: all of `check-in`, `practice`, `session`, `missed-week`. */
  kinds?: readonly ReminderKind[];
  /** From when the day's check-in (and a missed-week nudge) is due. Default `19:00`. */
  checkInAt?: string;
  /** From when the day's homework practice is due. Default `10:00`. */
  practiceAt?: string;
  /** From when a newly opened session is announced. Default `09:00`. */
  sessionAt?: string;
  /** No reminder is due from `start` to `end` (which may wrap past midnight); `null` for none. Default `21:00`–`08:00`. */
  quietHours?: { start: string; end: string } | null;
}

/** Preferences with every default applied. */
export interface ResolvedPreferences {
  kinds: readonly ReminderKind[];
  checkInAt: string;
  practiceAt: string;
  sessionAt: string;
  quietHours: { start: string; end: string } | null;
}

const allKinds: readonly ReminderKind[] = ['check-in', 'practice', 'session', 'missed-week'];

/** The defaults of every preference. */
export const defaultPreferences: ResolvedPreferences = {
  kinds: allKinds,
  checkInAt: '19:00',
  practiceAt: '10:00',
  sessionAt: '09:00',
  quietHours: { start: '21:00', end: '08:00' },
};

/**
 * `input` with defaults applied, or a description of the first problem.
 *
 * @example
 * ```ts
 * resolvePreferences({ checkInAt: '20:00' }); // => { …defaultPreferences, checkInAt: '20:00' }
 * resolvePreferences({ checkInAt: '8pm' }); // => '`preferences.checkInAt` must be a time written HH:MM (24-hour), e.g. "19:00"'
 * ```
 */
export function resolvePreferences(input: ReminderPreferences | undefined): ResolvedPreferences | string {
  if (input === undefined) return defaultPreferences;
  if (typeof input !== 'object' || input === null) return '`preferences` must be an object';
  const { kinds = allKinds, quietHours = defaultPreferences.quietHours } = input;
  if (!Array.isArray(kinds) || kinds.some((kind) => !allKinds.includes(kind))) {
    return `\`preferences.kinds\` must list some of ${allKinds.map((kind) => `\`${kind}\``).join(', ')}`;
  }
  const resolved = { ...defaultPreferences, kinds: [...kinds], quietHours };
  for (const key of ['checkInAt', 'practiceAt', 'sessionAt'] as const) {
    const value = input[key];
    if (value === undefined) continue;
    if (!isClockTime(value)) return `\`preferences.${key}\` must be a time written HH:MM (24-hour), e.g. "19:00"`;
    resolved[key] = value;
  }
  if (quietHours !== null && (typeof quietHours !== 'object' || !isClockTime(quietHours.start) || !isClockTime(quietHours.end))) {
    return '`preferences.quietHours` must be `{ start, end }` with times written HH:MM, or `null`';
  }
  return { ...resolved, quietHours: quietHours === null ? null : { start: quietHours.start, end: quietHours.end } };
}
