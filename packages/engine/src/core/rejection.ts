/**
 * The verdict on a refused event.
 *
 * @module
 */

import type { RejectionReason } from '@copekit/schema';

/** Why an event is refused: a stable reason code and a human message. */
export interface Rejection {
  reason: RejectionReason;
  message: string;
}
