/**
 * When a conversational channel moves on by itself: after the last answer of a step.
 *
 * @module
 */

import type { SessionEvent } from '../events/session-event.js';
import type { Frame } from '../frame/frame-types.js';
import { openPractice, sameStep } from './frame-items.js';

const settling: ReadonlySet<SessionEvent['type']> = new Set(['answer', 'skip', 'practice.complete']);

/**
 * Whether to send `next` after `event` was accepted: it answered, skipped or
 * finished something, the session is still on the same step, and that step
 * now has no open question or practice. The safety flow's last step is never
 * confirmed for the participant (`acknowledge` is not `next`).
 *
 * @example
 * ```ts
 * shouldAdvance({ type: 'answer', item: 'pain-today', value: 7 }, before, after); // => true
 * ```
 */
export function shouldAdvance(event: SessionEvent, before: Frame, after: Frame): boolean {
  return (
    settling.has(event.type) &&
    sameStep(before, after) &&
    after.status === 'active' &&
    after.focus === null &&
    openPractice(after) === null &&
    after.actions.includes('next')
  );
}
