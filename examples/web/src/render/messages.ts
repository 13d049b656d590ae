/**
 * Plain-language messages for participants. Engine rejection messages are
 * written for developers (they name item ids), so the page says what to do
 * instead, from the item's constraints.
 *
 * @module
 */

import type { FrameItem, RejectionReason } from '@copekit/engine';

/** What the question takes, e.g. `a whole number from 0 to 300`. */
export function expectedAnswer(item: FrameItem): string {
  switch (item.kind) {
    case 'rating':
      return `a whole number from ${item.constraints.min} to ${item.constraints.max}`;
    case 'number': {
      const { min, max, integer, unit } = item.constraints;
      const kind = integer ? 'a whole number' : 'a number';
      const range = min !== undefined && max !== undefined ? ` from ${min} to ${max}` : min !== undefined ? ` of at least ${min}` : max !== undefined ? ` of at most ${max}` : '';
      return `${kind}${range}${unit === undefined ? '' : ` (${unit})`}`;
    }
    case 'text':
      return item.constraints.maxLength === undefined ? 'some text' : `up to ${item.constraints.maxLength} characters`;
    case 'choice':
      return item.constraints.multiple ? 'one or more of the options' : 'one of the options';
    case 'scale':
      return 'one of the options';
    case 'thought-record':
      return 'every part of the thought record';
  }
}

/**
 * The message shown under a question when the session refused its answer.
 *
 * @example
 * ```ts
 * rejectionMessage(stepsItem, { reason: 'out-of-range' }); // 'Enter a whole number from 0 to 100000 (steps).'
 * ```
 */
export function rejectionMessage(item: FrameItem, rejection: { reason: RejectionReason }): string {
  switch (rejection.reason) {
    case 'invalid-value':
    case 'out-of-range':
      return item.kind === 'number' || item.kind === 'rating' ? `Enter ${expectedAnswer(item)}.` : `Please give ${expectedAnswer(item)}.`;
    case 'not-optional':
      return 'This question needs an answer.';
    default:
      return 'This answer could not be saved. Please try again.';
  }
}

/** The message under a required question left unanswered. */
export function requiredMessage(item: FrameItem | undefined): string {
  return item?.kind === 'choice' && item.constraints.multiple ? 'Choose at least one option.' : 'Please answer this question.';
}
