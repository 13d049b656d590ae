/**
 * Why the program refused an action. A refused action changes nothing.
 *
 * @module
 */

/**
 * A stable reason code for a refused action:
 * - `unknown-lesson`, `unknown-alert`, `unknown-plan`: nothing of that id in this program;
 * - `locked`: the session is not unlocked yet;
 * - `awaiting-approval`: the session waits for the coach;
 * - `not-started`: the start date has not come;
 * - `no-check-in`: the curriculum has no daily check-in;
 * - `already-done`: the session or today's check-in is completed, the alert resolved, the plan reviewed, the reminder sent;
 * - `not-due`: too early (a coach unlock before the rules allow it, a review before the plan ends);
 * - `not-allowed`: not part of this delivery mode;
 * - `invalid-input`: a missing or malformed argument.
 *
 * @example
 * ```ts
 * const reason: ProgramRejectionReason = 'awaiting-approval';
 * ```
 */
export type ProgramRejectionReason =
  | 'unknown-lesson'
  | 'unknown-alert'
  | 'unknown-plan'
  | 'locked'
  | 'awaiting-approval'
  | 'not-started'
  | 'no-check-in'
  | 'already-done'
  | 'not-due'
  | 'not-allowed'
  | 'invalid-input';

/** A refused action: its reason and a message that says what to do. */
export interface ProgramRejection {
  reason: ProgramRejectionReason;
  message: string;
}

/**
 * The outcome of an action: accepted, or refused with a reason code and a message.
 *
 * @example
 * ```ts
 * const result = program.logPractice({ skill: 'pmr', minutes: 15 });
 * if (!result.accepted) showHint(result.message);
 * ```
 */
export type ProgramResult = { accepted: true } | ({ accepted: false } & ProgramRejection);

/** Builds a rejection. */
export function reject(reason: ProgramRejectionReason, message: string): ProgramRejection {
  return { reason, message };
}

/** Whether a value returned by a pure step is a rejection rather than a transition. */
export function isRejection(value: object): value is ProgramRejection {
  return 'reason' in value && 'message' in value;
}
