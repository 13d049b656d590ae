/**
 * What a one-thing-at-a-time channel asks of the participant now.
 *
 * @module
 */

import type { Frame, FrameItem, FramePractice } from '../frame/frame-types.js';
import { openPractice, targetItem } from './frame-items.js';

/** The one thing a conversational channel asks for now. */
export type CurrentTask =
  /** Answer (or change the answer to) an item. */
  | { kind: 'item'; item: FrameItem }
  /** Start, pause, resume or finish a practice (no question is open). */
  | { kind: 'practice'; practice: FramePractice }
  /** Nothing to answer: go on (`next`) or, at the end of the safety flow, confirm (`acknowledge`). */
  | { kind: 'continue'; action: 'next' | 'acknowledge' | null }
  /** The session was left with `exit`; only `resume` is possible. */
  | { kind: 'exited' }
  /** The lesson is complete. */
  | { kind: 'completed' };

/**
 * The current task of a frame: the target item first, else an open practice,
 * else going on.
 *
 * @example
 * ```ts
 * currentTask(session.getFrame()); // => { kind: 'item', item: { kind: 'rating', id: 'pain-today', … } }
 * ```
 */
export function currentTask(frame: Frame): CurrentTask {
  if (frame.status === 'completed') return { kind: 'completed' };
  if (frame.status === 'exited') return { kind: 'exited' };
  const item = targetItem(frame);
  if (item !== null && (item.status === 'unanswered' || !frame.actions.includes('next'))) return { kind: 'item', item };
  const practice = openPractice(frame);
  if (practice !== null) return { kind: 'practice', practice };
  if (item !== null) return { kind: 'item', item };
  const action = frame.actions.includes('acknowledge') ? 'acknowledge' : frame.actions.includes('next') ? 'next' : null;
  return { kind: 'continue', action };
}
