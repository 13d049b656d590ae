/**
 * The options of `createSession`, and their checks.
 *
 * @module
 */

import type { AnswersByLesson, ContentPin, DeliveryMode } from '@copekit/schema';
import { SessionError } from './session-error.js';

/**
 * A clock: milliseconds since the epoch. Inject a fake one in tests and replays.
 *
 * @example
 * ```ts
 * let now = Date.UTC(2026, 0, 5, 9);
 * const clock: Clock = { now: () => now };
 * ```
 */
export interface Clock {
  now(): number;
}

/**
 * Options of `createSession`.
 *
 * @example
 * ```ts
 * const options: SessionOptions = { lesson: 'pacing-basics', mode: 'guided', participant: 'p-0042', region: 'us' };
 * createSession(bundle, { ...options, snapshot: JSON.parse(saved) });
 * ```
 */
export interface SessionOptions {
  /** Id of the lesson to run. */
  lesson: string;
  /** `guided` (with a coach) or `self-directed`. */
  mode: DeliveryMode;
  /** Opaque participant id, written on every record. Never a name or an e-mail address. */
  participant: string;
  /** Region of the crisis resources to show (e.g. `us`); the curriculum's default region when absent or not configured. */
  region?: string;
  /** The clock; `Date.now` when absent. The engine reads it on every event and frame, and owns no timers. */
  clock?: Clock;
  /** Answers from earlier lessons, by lesson id then item id (or instrument block id for a score), for conditions like `check-in.sleep-quality < 4`. Read once, at the start. */
  priorAnswers?: AnswersByLesson;
  /** Session id written on every record; `<participant>/<lesson>/<start time>` when absent. */
  session?: string;
  /**
   * A snapshot (parsed JSON from `getSnapshot()`) to resume from. Its lesson,
   * participant and mode must match these options; `priorAnswers` and
   * `session` are then taken from the snapshot.
   */
  snapshot?: unknown;
  /**
   * The content the session must run, such as the parsed `copekit.lock.json`.
   * A bundle of another version, or with any lesson hash that differs, is
   * refused (`SessionError`, `pin-mismatch`), also when restoring. The session
   * stays pinned: its snapshots say so, and restore only into the bundle they
   * were taken with.
   */
  pin?: ContentPin;
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;
const isId = (value: unknown) => typeof value === 'string' && value !== '';
const optional = (check: (value: unknown) => boolean) => (value: unknown) => value === undefined || check(value);

/** Each checked option, with its check and what it must be. */
const checks: [keyof SessionOptions, (value: unknown) => boolean, string][] = [
  ['lesson', isId, 'a lesson id'],
  ['mode', (value) => value === 'guided' || value === 'self-directed', '`guided` or `self-directed`'],
  ['participant', isId, 'a non-empty string'],
  ['region', optional(isId), 'a region id'],
  ['clock', optional((value) => typeof (value as Clock | null)?.now === 'function'), 'an object with a `now()` method'],
  ['session', optional(isId), 'a non-empty string'],
  ['pin', optional((value) => isObject(value) && isObject((value as ContentPin).curriculum) && isObject((value as ContentPin).lessons)), 'a content pin such as a parsed lockfile'],
  ['priorAnswers', optional((value) => isObject(value) && Object.values(value).every(isObject)), 'an object mapping lesson ids to objects of answers'],
];

/** Checks the options a host passed, throwing a `SessionError` (`invalid-options`) that names the problem. */
export function checkOptions(options: SessionOptions): void {
  if (!isObject(options)) throw new SessionError('invalid-options', 'createSession: pass an options object.');
  for (const [name, check, expected] of checks) {
    if (!check(options[name])) throw new SessionError('invalid-options', `createSession: \`${name}\` must be ${expected}.`);
  }
}
