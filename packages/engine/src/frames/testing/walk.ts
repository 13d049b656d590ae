/**
 * Test helper: moves a real session forward with valid answers, to reach a
 * step deep in a lesson.
 *
 * @module
 */

import type { AnswerValue } from '@copekit/schema';
import type { FrameItem } from '../../frame/frame-types.js';
import type { Session } from '../../session/session.js';
import { frameItems } from '../frame-items.js';

/** A valid answer to `item`: the lowest rating or number, the first option or point, some text. */
export function answerFor(item: FrameItem): AnswerValue {
  switch (item.kind) {
    case 'rating':
      return item.constraints.min;
    case 'scale':
      return item.constraints.points[0]!.value;
    case 'choice':
      return item.constraints.multiple ? [item.constraints.options[0]!.value] : item.constraints.options[0]!.value;
    case 'number':
      return item.constraints.min ?? 0;
    case 'text':
      return 'Some text';
    case 'thought-record':
      return Object.fromEntries(item.constraints.fields.map((field) => [field.id, field.kind === 'rating' ? (field.min ?? 0) : 'Some text']));
  }
}

/** Answers and goes on until `until` holds for the frame; throws after 200 events. */
export function walkUntil(session: Session, until: (frame: ReturnType<Session['getFrame']>) => boolean): void {
  for (let count = 0; count < 200; count += 1) {
    const frame = session.getFrame();
    if (until(frame)) return;
    const focus = frameItems(frame).find((item) => item.id === frame.focus);
    const result = focus === undefined ? session.send({ type: 'next' }) : session.send({ type: 'answer', item: focus.id, value: answerFor(focus) });
    if (!result.accepted) throw new Error(`walkUntil: ${result.message}`);
  }
  throw new Error('walkUntil: the condition never held');
}
