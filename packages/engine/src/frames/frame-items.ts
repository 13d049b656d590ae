/**
 * Finding things in a frame: its visible items (instrument items included),
 * the item a conversational channel asks about now, and the practice it
 * offers when no question is open.
 *
 * @module
 */

import type { Frame, FrameInstrument, FrameItem, FramePractice } from '../frame/frame-types.js';

/**
 * Every visible item of a frame in order, instrument items included.
 *
 * @example
 * ```ts
 * frameItems(frame).map((item) => item.id); // => ['phq-2-q1', 'phq-2-q2', 'pain-today']
 * ```
 */
export function frameItems(frame: Frame): FrameItem[] {
  return frame.blocks.flatMap((block): FrameItem[] => {
    if (block.type === 'item') return [block];
    if (block.type === 'instrument') return block.items;
    return [];
  });
}

/**
 * The item a one-question-at-a-time channel is about: the frame's `focus`
 * (the first unanswered item), or else the step's only item, so that an
 * answer given after `back` can be changed. `null` when there is none.
 *
 * @example
 * ```ts
 * targetItem(frame)?.id; // => 'pain-today'
 * ```
 */
export function targetItem(frame: Frame): FrameItem | null {
  const items = frameItems(frame);
  if (frame.focus !== null) return items.find((item) => item.id === frame.focus) ?? null;
  return items.length === 1 ? items[0]! : null;
}

/**
 * The instrument block an item belongs to, if any.
 *
 * @example
 * ```ts
 * instrumentOf(frame, 'phq-2-q1')?.title; // => 'PHQ-2'
 * ```
 */
export function instrumentOf(frame: Frame, itemId: string): FrameInstrument | null {
  for (const block of frame.blocks) {
    if (block.type === 'instrument' && block.items.some((item) => item.id === itemId)) return block;
  }
  return null;
}

/**
 * The step's first practice not yet completed, or `null`.
 *
 * @example
 * ```ts
 * openPractice(frame)?.id; // => 'breathing'
 * ```
 */
export function openPractice(frame: Frame): FramePractice | null {
  for (const block of frame.blocks) {
    if (block.type === 'practice' && block.status !== 'completed') return block;
  }
  return null;
}

/**
 * The step's practices.
 *
 * @example
 * ```ts
 * framePractices(frame).map((practice) => practice.status); // => ['completed', 'ready']
 * ```
 */
export function framePractices(frame: Frame): FramePractice[] {
  return frame.blocks.filter((block): block is FramePractice => block.type === 'practice');
}

/**
 * Whether two frames show the same step of the same flow (so its text need not be repeated).
 *
 * @example
 * ```ts
 * sameStep(before, session.getFrame()); // => false after `next`
 * ```
 */
export function sameStep(a: Frame | null | undefined, b: Frame): boolean {
  if (a === null || a === undefined || a.step === null || b.step === null) return false;
  return a.status === b.status && a.flow === b.flow && a.step.lesson === b.step.lesson && a.step.id === b.step.id;
}
