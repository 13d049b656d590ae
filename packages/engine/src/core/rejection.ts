/**
 * The verdict on a refused event.
 *
 * @module
 */

import type { RejectionReason } from '@copekit/schema';

/**
 * Why an event is refused: a stable reason code and a human message.
 *
 * @example
 * ```ts
 * const rejection: Rejection = { reason: 'out-of-range', message: '`pain` takes a whole number from 0 to 10; got 11.' };
 * ```
 */
export interface Rejection {
  reason: RejectionReason;
  message: string;
}
