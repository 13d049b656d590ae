/**
 * The telephone keypad plan. Every key sequence means one thing on a given
 * prompt, and no command can be mistaken for an answer:
 *
 * | Keys | Meaning | When |
 * |---|---|---|
 * | `1`–`9` | the option with that number (`0` is never an option) | a single choice or scale with up to 9 options |
 * | digits then `#` | a number: `0#`, `7#`, `10#`, `1500#` | ratings and numbers |
 * | digits then `#` | the option with that number: `12#` | a single choice with more than 9 options |
 * | digits then `#` | one digit per option chosen: `13#` | a multiple choice (up to 9 options) |
 * | `*` | repeat the prompt (a lone star, completed by the host's short timeout) | always |
 * | `*0` | help: every key that works now | always |
 * | `*3` | skip the question | optional questions |
 * | `*7` | back to the previous step | when going back is possible |
 * | `*9` | go on; on the last safety step, confirm | when going on is possible |
 * | `1` / `2` / `3` | start or resume / pause / finish the practice | a practice, with no question open |
 * | `1` | hear the crisis numbers again | a crisis step with no question or practice |
 * | `1` | carry on where you left off | an exited session |
 *
 * Answers never start with `*` and commands always do; an entry of digits
 * always ends with `#`, which no command uses; single-digit keys are bound
 * to answers only while a question is open, and to practice, crisis or
 * resume actions only while none is.
 *
 * @module
 */

/** The command keys, the same on every prompt. */
export const commandKeys = {
  /** Repeat the prompt. */
  repeat: '*',
  /** Help: every key that works now. */
  help: '*0',
  /** Skip an optional question. */
  skip: '*3',
  /** Back to the previous step. */
  back: '*7',
  /** Go on, or confirm at the end of the safety flow. */
  next: '*9',
} as const;

/** Ends an entry of digits. */
export const END_KEY = '#';

/** Practice keys, bound while a practice is offered and no question is open. */
export const practiceKeys = {
  /** Start (or start again), or resume when paused. */
  start: '1',
  pause: '2',
  finish: '3',
} as const;

/** Hear the crisis resources again (crisis steps with no question or practice). */
export const CRISIS_AGAIN_KEY = '1';

/** Carry on where you left off (exited sessions). */
export const RESUME_KEY = '1';

/** The most options a single key can choose between (`1`–`9`). */
export const MAX_SINGLE_KEY_OPTIONS = 9;
