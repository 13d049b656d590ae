/**
 * The events a host sends to a session.
 *
 * @module
 */

import type { AnswerValue } from '@copekit/schema';
import type { PracticeEventType } from '../practice/practice-progress.js';

/**
 * Answer (or change the answer to) an item of the current step.
 *
 * @example
 * ```ts
 * session.send({ type: 'answer', item: 'overdo', value: ['chores', 'yard'] });
 * ```
 */
export interface AnswerEvent {
  type: 'answer';
  item: string;
  value: AnswerValue;
}

/**
 * Skip an optional item of the current step, withdrawing any answer it had.
 *
 * @example
 * ```ts
 * session.send({ type: 'skip', item: 'flare-plan' });
 * ```
 */
export interface SkipEvent {
  type: 'skip';
  item: string;
}

/**
 * Start, pause, resume or complete a practice of the current step.
 *
 * @example
 * ```ts
 * session.send({ type: 'practice.start', practice: 'pmr' });
 * ```
 */
export interface PracticeEvent {
  type: PracticeEventType;
  practice: string;
}

/**
 * Every event a session accepts.
 *
 * - `next`: go on (refused while a required visible item is unanswered); on the last step, complete the lesson.
 * - `back`: go to the previous step; answers are kept.
 * - `acknowledge`: on the last step of the safety flow, confirm and return to the lesson.
 * - `exit`: leave the session; `resume` comes back to the same place.
 *
 * @example
 * ```ts
 * const events: SessionEvent[] = [{ type: 'answer', item: 'pain-now', value: 3 }, { type: 'next' }];
 * ```
 */
export type SessionEvent =
  | AnswerEvent
  | SkipEvent
  | PracticeEvent
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'acknowledge' }
  | { type: 'exit' }
  | { type: 'resume' };

/**
 * Every `type` a session accepts.
 *
 * @example
 * ```ts
 * const type: SessionEventType = 'acknowledge';
 * ```
 */
export type SessionEventType = SessionEvent['type'];

/**
 * The machine's events: a session event stamped with the clock time `at` (ms)
 * it was received, which is what makes the machine pure.
 *
 * @example
 * ```ts
 * actor.send({ type: 'next', at: Date.now() });
 * ```
 */
export type MachineEvent = SessionEvent & { at: number };
