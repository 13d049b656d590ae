/**
 * Parses a typed reply (chat, SMS, terminal) into a session event.
 *
 * @module
 */

import type { Frame, ThoughtRecordAnswer } from '@copekit/engine';
import { currentTask } from '@copekit/engine/frames';
import { numberedOptions } from '../render/describe-item.js';
import { normalizeReply } from './normalize-reply.js';
import { answerResult } from './parse-answer.js';
import { commandResult } from './parse-command.js';
import { readOptions } from './parse-options.js';
import { replyCommand } from './reply-commands.js';
import type { ReplyResult } from './reply-result.js';
import { quote, reprompt } from './reprompt.js';

/** Options of {@link parseReply}. */
export interface ParseReplyOptions {
  /** Fields of the focused thought record answered so far (from an earlier `{ draft }` result). */
  draft?: ThoughtRecordAnswer;
}

/**
 * Parses `text`, replied to `frame` as `renderText` showed it.
 *
 * - Answers go to the item being asked (the frame's `focus`): a number
 *   (`7`, `7/10`, `7 out of 10`, `20 minutes`), an option number (`2`), an
 *   option's label or value in any case (`yes`), several options for a
 *   multiple choice (`1,3`), any text for a text item.
 * - Commands: `back`, `next`/`ok`, `skip` (optional items), `help`,
 *   `stop`/`exit`, `resume`, and for a practice `start`, `pause`, `done`.
 *   An exact option label wins over a command word.
 * - Anything unclear, ambiguous or out of range gives a re-prompt that says
 *   what is accepted; a reply is never guessed at.
 *
 * @example
 * ```ts
 * import { parseReply } from '@copekit/text';
 *
 * parseReply(frame, '7/10'); // => { event: { type: 'answer', item: 'pain-today', value: 7 } }
 * parseReply(frame, 'back'); // => { event: { type: 'back' } }
 * parseReply(frame, 'about 7'); // => { reprompt: 'Sorry, I did not understand "about 7". Reply with a number from 0 to 10 (or help).', reason: 'unclear' }
 * ```
 */
export function parseReply(frame: Frame, text: string, options: ParseReplyOptions = {}): ReplyResult {
  const { draft } = options;
  const normalized = normalizeReply(text);
  if (normalized === '') return { reprompt: reprompt(frame, 'I did not get a reply.', draft), reason: 'empty' };
  const task = currentTask(frame);
  if (task.kind === 'item') {
    const choices = numberedOptions(task.item);
    const isLabel = choices !== null && !/^\d/.test(normalized) && 'indexes' in readOptions(normalized, choices, false);
    if (isLabel) return answerResult(frame, task.item, text, normalized, draft);
  }
  const command = replyCommand(normalized);
  if (command !== null) return commandResult(frame, command, draft);
  if (task.kind === 'item') return answerResult(frame, task.item, text, normalized, draft);
  return { reprompt: reprompt(frame, `Sorry, I did not understand ${quote(text)}.`), reason: 'unclear' };
}
