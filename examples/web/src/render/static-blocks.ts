/**
 * Blocks without answers: prose, homework and coach notes. Their content is
 * part of their key in the block list, so they never change in place.
 *
 * @module
 */

import type { FrameCoachNote, FrameHomework, FrameProse } from '@copekit/engine';
import { el } from './dom.js';
import { renderFlow } from './prose.js';
import type { BlockView } from './view-types.js';

/** Markdown prose. */
export function createProseView(block: FrameProse): BlockView<FrameProse> {
  return staticView(el('div', { class: 'prose' }, ...renderFlow(block.content)));
}

/**
 * Practice assigned until the next session, with how often.
 *
 * @example
 * ```ts
 * homeworkSchedule({ per: 'day', times: 1, days: 7 }); // 'Once a day for 7 days'
 * ```
 */
export function homeworkSchedule(block: Pick<FrameHomework, 'per' | 'times' | 'days'>): string {
  const count = block.times === 1 ? 'Once' : block.times === 2 ? 'Twice' : `${block.times} times`;
  return `${count} a ${block.per} for ${block.days} ${block.days === 1 ? 'day' : 'days'}`;
}

/** Homework. */
export function createHomeworkView(block: FrameHomework): BlockView<FrameHomework> {
  const headingId = `homework-${block.id}`;
  return staticView(
    el(
      'section',
      { class: 'homework', 'aria-labelledby': headingId },
      el('h2', { id: headingId }, 'Your practice plan'),
      el('p', { class: 'schedule' }, homeworkSchedule(block)),
      ...renderFlow(block.content, { topHeading: 3 }),
    ),
  );
}

/** A note for the coach (coach view only). */
export function createCoachNoteView(block: FrameCoachNote): BlockView<FrameCoachNote> {
  return staticView(el('div', { class: 'coach-note', role: 'note' }, el('p', { class: 'coach-note-title' }, 'For the coach'), ...renderFlow(block.content, { topHeading: 3 })));
}

function staticView<B extends FrameProse | FrameHomework | FrameCoachNote>(element: HTMLElement): BlockView<B> {
  return { element, items: [], update() {} };
}
