/**
 * Renders a frame as short plain-text messages for chat, SMS or a terminal.
 *
 * @module
 */

import type { Frame, FrameBlock, FrameCrisis, ThoughtRecordAnswer } from '@copekit/engine';
import { currentTask, frameItems, instrumentOf, sameStep, type CurrentTask } from '@copekit/engine/frames';
import { describeValue, itemQuestion } from './describe-item.js';
import { renderCrisis } from './render-crisis.js';
import { renderPractice } from './render-practice.js';
import { replyHint } from './reply-hint.js';
import { DEFAULT_MAX_LENGTH, splitMessages } from './split-messages.js';

/** Options of {@link renderText}. */
export interface RenderTextOptions {
  /**
   * The frame rendered before this one. When both show the same step, its
   * heading and the text already sent are not repeated; crisis resources
   * always are. Without it the lesson title is sent first.
   */
  previous?: Frame | null;
  /** Longest message in characters (at least 40). Default 300. */
  maxLength?: number;
  /** Fields of the focused thought record answered so far (see `parseReply`). */
  draft?: ThoughtRecordAnswer;
}

/**
 * The messages that show `frame`, in order: crisis resources first and in
 * full, then the step's heading and text, then one question (the frame's
 * `focus`) with numbered options or a practice with its timed cues, and a
 * short last line on what to reply.
 *
 * @example
 * ```ts
 * import { renderText } from '@copekit/text';
 *
 * renderText(session.getFrame());
 * // => ['Daily check-in\n\nPain (1/5)\n\nHow strong was your pain today, on average?\n0 = No pain, 10 = Worst pain you can imagine\n\nReply with a number from 0 to 10 (or help).']
 * ```
 */
export function renderText(frame: Frame, options: RenderTextOptions = {}): string[] {
  const task = currentTask(frame);
  const fresh = !sameStep(options.previous, frame);
  const sections: string[] = [];
  const crisis = frame.blocks.find((block): block is FrameCrisis => block.type === 'crisis');
  if (crisis !== undefined) sections.push(...renderCrisis(crisis));
  if (!options.previous) sections.push(frame.lesson.title);
  if (frame.step !== null && fresh && task.kind !== 'exited') {
    sections.push(`${frame.step.title ?? 'Step'} (${frame.step.index + 1}/${frame.step.count})`);
  }
  if (task.kind !== 'exited') sections.push(...newText(frame.blocks, fresh ? [] : (options.previous?.blocks ?? [])));
  sections.push(...taskLines(frame, task, fresh, options.draft), replyHint(frame, task, options.draft));
  return splitMessages(sections, options.maxLength ?? DEFAULT_MAX_LENGTH);
}

/** The text of prose, homework and coach-note blocks, leaving out what `shown` already held. */
function newText(blocks: readonly FrameBlock[], shown: readonly FrameBlock[]): string[] {
  const before = new Set(shown.flatMap(blockText));
  return blocks.flatMap(blockText).filter((text) => !before.has(text));
}

function blockText(block: FrameBlock): string[] {
  switch (block.type) {
    case 'prose':
      return [block.text];
    case 'homework':
      return [`${block.text}\nPlan: ${block.times} ${block.times === 1 ? 'time' : 'times'} a ${block.per}, for ${block.days} days.`];
    case 'coach-note':
      return [`Coach note: ${block.text}`];
    default:
      return [];
  }
}

/** The lines of the current task: the question (with instrument instructions and any current answer), the practice, or the answers given on the step. */
function taskLines(frame: Frame, task: CurrentTask, fresh: boolean, draft: ThoughtRecordAnswer | undefined): string[] {
  switch (task.kind) {
    case 'item': {
      const lines: string[] = [];
      const instrument = instrumentOf(frame, task.item.id);
      if (instrument?.instructions !== undefined && (fresh || instrument.items[0]?.id === task.item.id)) lines.push(instrument.instructions);
      const answer = describeValue(task.item);
      if (answer !== null) lines.push(`Your answer: ${answer}.`);
      return [...lines, ...itemQuestion(task.item, draft)];
    }
    case 'practice':
      return renderPractice(task.practice);
    case 'continue': {
      const answers = frameItems(frame).flatMap((item) => {
        const value = describeValue(item);
        return value === null ? [] : [`- ${item.label} ${value}`];
      });
      return answers.length === 0 ? [] : [['Your answers:', ...answers].join('\n')];
    }
    case 'exited':
      return [`${frame.lesson.title}: paused.`];
    default:
      return [];
  }
}
