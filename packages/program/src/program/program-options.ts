/**
 * The options of `createProgram`, and their checks.
 *
 * @module
 */

import type { Clock } from '@copekit/engine';
import type { DeliveryMode } from '@copekit/schema';
import type { ReminderPreferences } from '../reminders/preferences.js';
import { isLocalDate } from '../time/calendar.js';
import { isTimeZone } from '../time/zoned-time.js';
import { ProgramError } from './program-error.js';

/**
 * Options of `createProgram`.
 *
 * @example
 * ```ts
 * const options: ProgramOptions = {
 *   participant: 'p-0042',
 *   mode: 'self-directed',
 *   timeZone: 'America/New_York',
 *   startDate: '2026-01-05',
 *   preferences: { checkInAt: '20:00', quietHours: { start: '22:00', end: '08:00' } },
 * };
 * createProgram(bundle, { ...options, snapshot: JSON.parse(saved) });
 * ```
 */
export interface ProgramOptions {
  /** Opaque participant id, written on every record. Never a name or an e-mail address. */
  participant: string;
  /** `guided` (a coach unlocks each session when the manifest asks for approval) or `self-directed`. */
  mode: DeliveryMode;
  /** IANA time zone of the participant, e.g. `America/New_York`: days, weeks and reminder times are local to it. */
  timeZone: string;
  /** Local date of day 1, `YYYY-MM-DD`; today (in `timeZone`) when absent. */
  startDate?: string;
  /** Program id written on every program record; `<participant>/<curriculum id>` when absent. */
  program?: string;
  /** Region of the crisis resources sessions show (e.g. `us`); the curriculum's default when absent. */
  region?: string;
  /** The clock; `Date.now` when absent. The program owns no timers: call `tick()` to let time act. */
  clock?: Clock;
  /** Reminder preferences (kinds, times of day, quiet hours). They are not saved in snapshots: pass them on every restore. */
  preferences?: ReminderPreferences;
  /**
   * A snapshot (parsed JSON from `getSnapshot()`) to resume from. Its
   * participant and mode must match these options; its program id, region,
   * time zone and start date are used.
   */
  snapshot?: unknown;
}

const isId = (value: unknown) => typeof value === 'string' && value !== '';
const optional = (check: (value: unknown) => boolean) => (value: unknown) => value === undefined || check(value);

const checks: [keyof ProgramOptions, (value: unknown) => boolean, string][] = [
  ['participant', isId, 'a non-empty string'],
  ['mode', (value) => value === 'guided' || value === 'self-directed', '`guided` or `self-directed`'],
  ['timeZone', isTimeZone, 'an IANA time zone such as `America/New_York`'],
  ['startDate', optional(isLocalDate), 'a date written YYYY-MM-DD'],
  ['program', optional(isId), 'a non-empty string'],
  ['region', optional(isId), 'a region id'],
  ['clock', optional((value) => typeof (value as Clock | null)?.now === 'function'), 'an object with a `now()` method'],
];

/**
 * Checks the options a host passed, throwing a `ProgramError`
 * (`invalid-options`) that names the problem.
 *
 * @example
 * ```ts
 * checkProgramOptions({ participant: 'p-1', mode: 'guided', timeZone: 'Mars/Base' });
 * // throws ProgramError: createProgram: `timeZone` must be an IANA time zone such as `America/New_York`.
 * ```
 */
export function checkProgramOptions(options: ProgramOptions): void {
  if (typeof options !== 'object' || options === null) throw new ProgramError('invalid-options', 'createProgram: pass an options object.');
  for (const [name, check, expected] of checks) {
    if (!check(options[name])) throw new ProgramError('invalid-options', `createProgram: \`${name}\` must be ${expected}.`);
  }
}
