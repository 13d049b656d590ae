/**
 * What a reply turns into.
 *
 * @module
 */

import type { SessionEvent, ThoughtRecordAnswer } from '@copekit/engine';
import type { RepromptReason } from './reprompt.js';

/**
 * The outcome of `parseReply`: an event to send; a message to send back
 * instead (a re-prompt, or help), with its reason; or, inside a thought
 * record, the fields answered so far (keep them and pass them back as
 * `draft`).
 */
export type ReplyResult =
  | { event: SessionEvent }
  | { reprompt: string; reason: RepromptReason }
  | { draft: ThoughtRecordAnswer };
