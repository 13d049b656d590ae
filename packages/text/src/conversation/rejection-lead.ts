/**
 * What to tell the participant when the session refuses an event.
 *
 * @module
 */

import type { RejectionReason } from '@copekit/engine';

const leads: Partial<Record<RejectionReason, string>> = {
  'required-unanswered': 'Please answer this question first.',
  'not-allowed-now': 'That is not possible right now.',
  'out-of-range': 'That answer is out of range.',
  'invalid-value': 'That answer does not fit this question.',
  'not-optional': 'This question needs an answer.',
};

/**
 * The first sentence of a re-prompt for a refused event. The session's own
 * message is meant for developers and is not shown.
 *
 * @example
 * ```ts
 * rejectionLead('required-unanswered'); // => 'Please answer this question first.'
 * ```
 */
export function rejectionLead(reason: RejectionReason): string {
  return leads[reason] ?? 'Sorry, that did not work.';
}
