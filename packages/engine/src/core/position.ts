/**
 * Where a session is.
 *
 * @module
 */

import type { Flow, SessionStatus } from '@copekit/schema';

/** Where a session is: its status, the flow and step it shows, and the lesson step it returns to. */
export interface Position {
  status: SessionStatus;
  /** The flow of `step`. */
  flow: Flow;
  /** Step index in the flow's lesson. */
  step: number;
  /** Step index in the session's lesson: `step` in the lesson flow, the step to return to in the safety flow. */
  lessonStep: number;
}
