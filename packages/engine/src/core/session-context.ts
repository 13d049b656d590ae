/**
 * The machine's context: everything a session remembers besides where it is.
 *
 * @module
 */

import type { Flow, SessionState } from '@copekit/schema';

/** Answers, skipped items, practice progress and prior answers (see `SessionState`). */
export type SessionContext = Omit<SessionState, 'status' | 'step' | 'safetyStep'>;

/** A step of a flow: where an event is checked and applied. */
export interface StepAt {
  flow: Flow;
  /** Step index in the flow's lesson. */
  step: number;
}

/** An empty context, with the prior answers the lesson refers to. */
export function initialContext(prior: SessionContext['prior']): SessionContext {
  return { answers: {}, skipped: {}, practices: {}, prior };
}
