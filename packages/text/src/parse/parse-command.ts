/**
 * Turns a command word into the event it stands for now, or says why it
 * does not apply.
 *
 * @module
 */

import type { Frame, FramePractice, PracticeEventType, ThoughtRecordAnswer } from '@copekit/engine';
import { currentTask, framePractices } from '@copekit/engine/frames';
import type { ReplyCommand } from './reply-commands.js';
import type { ReplyResult } from './reply-result.js';
import { helpText, reprompt } from './reprompt.js';

/**
 * The result of `command` in `frame`. Practice commands apply to the step's
 * one practice that allows them; if two could, the reply is ambiguous.
 *
 * @example
 * ```ts
 * commandResult(frame, 'back'); // => { event: { type: 'back' } }
 * ```
 */
export function commandResult(frame: Frame, command: ReplyCommand, draft?: ThoughtRecordAnswer): ReplyResult {
  const refuse = (lead: string): ReplyResult => ({ reprompt: reprompt(frame, lead, draft), reason: 'not-allowed' });
  const task = currentTask(frame);
  if (command === 'help') return { reprompt: helpText(frame, draft), reason: 'help' };
  if (task.kind === 'completed') return refuse('This lesson is finished.');
  if (task.kind === 'exited') return command === 'resume' || command === 'start' ? { event: { type: 'resume' } } : refuse('You have stopped for now.');
  switch (command) {
    case 'back': {
      if (draft !== undefined && Object.keys(draft).length > 0) return { draft: withoutLast(draft) };
      return frame.actions.includes('back') ? { event: { type: 'back' } } : refuse('This is the first step.');
    }
    case 'next':
      if (frame.actions.includes('next')) return { event: { type: 'next' } };
      if (frame.actions.includes('acknowledge')) return { event: { type: 'acknowledge' } };
      return refuse(task.kind === 'item' ? 'Please answer this question first.' : 'You cannot go on from here.');
    case 'skip':
      if (task.kind !== 'item') return refuse('There is no question to skip.');
      return task.item.optional ? { event: { type: 'skip', item: task.item.id } } : refuse('This question needs an answer.');
    case 'exit':
      return { event: { type: 'exit' } };
    case 'start':
      return practiceEvent(frame, ['practice.start', 'practice.resume'], refuse);
    case 'resume':
      return practiceEvent(frame, ['practice.resume'], refuse);
    case 'pause':
      return practiceEvent(frame, ['practice.pause'], refuse);
    case 'done':
      return practiceEvent(frame, ['practice.complete'], refuse);
  }
}

/** The event for the step's one practice that allows one of `types` (in that order of preference). */
function practiceEvent(frame: Frame, types: PracticeEventType[], refuse: (lead: string) => ReplyResult): ReplyResult {
  const candidates = framePractices(frame).filter((practice) => types.some((type) => practice.actions.includes(type)));
  if (candidates.length === 0) return refuse(framePractices(frame).length === 0 ? 'There is no practice on this step.' : 'The practice cannot do that now.');
  if (candidates.length > 1) return refuse('This step has more than one practice; finish one first.');
  const practice: FramePractice = candidates[0]!;
  const type = types.find((candidate) => practice.actions.includes(candidate))!;
  return { event: { type, practice: practice.id } };
}

/** The draft without its last answered field. */
function withoutLast(draft: ThoughtRecordAnswer): ThoughtRecordAnswer {
  const entries = Object.entries(draft);
  return Object.fromEntries(entries.slice(0, -1));
}
