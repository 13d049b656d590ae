/**
 * The short last line of every prompt: what the participant can reply now.
 *
 * @module
 */

import type { Frame, ThoughtRecordAnswer } from '@copekit/engine';
import type { CurrentTask } from '@copekit/engine/frames';
import { answerHint } from './describe-item.js';

/**
 * "Reply with …" for the current task, with the other words that work now
 * in brackets (`skip`, `ok`, `back`, `help`, and practice commands).
 *
 * @example
 * ```ts
 * replyHint(frame, { kind: 'item', item: painItem }); // => 'Reply with a number from 0 to 10 (or back, help).'
 * ```
 */
export function replyHint(frame: Frame, task: CurrentTask, draft?: ThoughtRecordAnswer): string {
  const back = frame.actions.includes('back') || (draft !== undefined && Object.keys(draft).length > 0);
  const extras: string[] = [];
  let primary: string;
  switch (task.kind) {
    case 'completed':
      return `You have finished ${frame.lesson.title}. Thank you.`;
    case 'exited':
      return 'Reply resume to carry on where you left off.';
    case 'item':
      primary = `with ${answerHint(task.item, draft)}`;
      if (task.item.value !== null && frame.actions.includes('next')) extras.push('ok');
      if (task.item.optional && task.item.status !== 'skipped') extras.push('skip');
      break;
    case 'practice': {
      const { status } = task.practice;
      primary = status === 'running' ? 'done when you finish' : status === 'paused' ? 'resume to carry on' : 'start to begin';
      if (status === 'running') extras.push('pause');
      if (status === 'paused') extras.push('done');
      if (frame.actions.includes('next')) extras.push('next');
      break;
    }
    case 'continue':
      primary = task.action === 'acknowledge' ? 'ok to confirm and go back to your lesson' : task.action === 'next' ? 'ok to go on' : 'help';
      break;
  }
  if (back) extras.push('back');
  if (primary !== 'help') extras.push('help');
  return `Reply ${primary}${extras.length > 0 ? ` (or ${extras.join(', ')})` : ''}.`;
}
