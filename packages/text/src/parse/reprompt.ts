/**
 * The messages sent instead of an event: re-prompts that say what is
 * accepted, and help.
 *
 * @module
 */

import type { Frame, ThoughtRecordAnswer } from '@copekit/engine';
import { currentTask } from '@copekit/engine/frames';
import { itemQuestion } from '../render/describe-item.js';
import { replyHint } from '../render/reply-hint.js';

/** Why a reply gave no event. */
export type RepromptReason =
  /** The participant asked for help. */
  | 'help'
  /** The reply was blank. */
  | 'empty'
  /** The reply is not a command or an answer to the question. */
  | 'unclear'
  /** A number outside the item's range, or an option number that does not exist. */
  | 'out-of-range'
  /** The reply matches more than one option. */
  | 'ambiguous'
  /** Several options given to a single choice. */
  | 'one-only'
  /** A decimal given where a whole number is needed. */
  | 'not-whole'
  /** A rating given on another scale, like `7/5` for 0 to 10. */
  | 'other-scale'
  /** Text longer than the item allows. */
  | 'too-long'
  /** A command that does not apply now (or was refused by the session). */
  | 'not-allowed';

/**
 * A re-prompt: what went wrong, then what to reply.
 *
 * @example
 * ```ts
 * reprompt(frame, 'Sorry, I did not understand "maybe".'); // => 'Sorry, I did not understand "maybe". Reply with a number from 1 to 2 (or back, help).'
 * ```
 */
export function reprompt(frame: Frame, lead: string, draft?: ThoughtRecordAnswer): string {
  return `${lead} ${replyHint(frame, currentTask(frame), draft)}`;
}

/** A reply quoted back, shortened to 40 characters. */
export function quote(text: string): string {
  const trimmed = text.trim();
  return `"${trimmed.length > 40 ? `${trimmed.slice(0, 37)}...` : trimmed}"`;
}

/**
 * Help for the current frame: the question again, what to reply, and every
 * other word that works now with what it does.
 *
 * @example
 * ```ts
 * helpText(frame);
 * // => 'How strong was your pain today, on average?\n…\nReply with a number from 0 to 10 (or help).\nOther words: stop = leave now and come back later.'
 * ```
 */
export function helpText(frame: Frame, draft?: ThoughtRecordAnswer): string {
  const task = currentTask(frame);
  const words: string[] = [];
  if (task.kind === 'item') {
    if (task.item.optional) words.push('skip = skip this question');
    if (task.item.value !== null && frame.actions.includes('next')) words.push('ok = keep this answer and go on');
  }
  if (task.kind === 'practice') words.push('start, pause, resume, done = control the practice');
  if (frame.actions.includes('back')) words.push('back = go to the previous step');
  if (frame.actions.includes('exit')) words.push('stop = leave now and come back later');
  if (task.kind === 'exited') words.push('resume = carry on');
  const question = task.kind === 'item' ? itemQuestion(task.item, draft) : [];
  return [...question, replyHint(frame, task, draft), ...(words.length > 0 ? [`Other words: ${words.join('; ')}.`] : [])].join('\n');
}
