/**
 * Test helper: the reply a participant would give to move a frame on, so a
 * conversation can be walked through any lesson.
 *
 * @module
 */

import type { Frame } from '@copekit/engine';
import { currentTask } from '@copekit/engine/frames';

/** The first option, the lowest number, some text (`50` for thought-record fields), the practice commands in turn, or `ok`. */
export function walkReply(frame: Frame): string {
  const task = currentTask(frame);
  switch (task.kind) {
    case 'item': {
      const { item } = task;
      if (item.value !== null) return 'ok';
      if (item.kind === 'rating' || item.kind === 'number') return String(Math.max(0, item.constraints.min ?? 0));
      if (item.kind === 'choice' || item.kind === 'scale') return '1';
      // `50` fits every thought-record field: its text fields and its 0–100 ratings.
      return item.kind === 'thought-record' ? '50' : 'Some words';
    }
    case 'practice':
      return task.practice.status === 'ready' ? 'start' : 'done';
    default:
      return 'ok';
  }
}
