/**
 * Turns a script's answers into the replies a participant would type, so an
 * answers script runs through the same text channel as a person.
 *
 * @module
 */

import type { AnswerValue, Frame, FrameItem } from '@copekit/engine';
import { currentTask } from '@copekit/text';
import { PlayerError } from './player-error.js';

/** Answers by item id; a practice id with `"done"` runs that practice. */
export type ScriptAnswers = { [item: string]: AnswerValue };

/**
 * The replies to send for `frame`: the focused item's answer (an option
 * number, a number, text, or one reply per thought-record field), `skip`
 * for an optional item without an answer, `start`/`done` for a practice
 * marked `"done"`, and `ok` to go on. Throws a `PlayerError` when a required
 * item has no answer or an answer does not fit.
 *
 * @example
 * ```ts
 * answerReplies(frame, { practised: 'yes' }); // => ['1']
 * ```
 */
export function answerReplies(frame: Frame, answers: ScriptAnswers): string[] {
  const task = currentTask(frame);
  switch (task.kind) {
    case 'item': {
      const { item } = task;
      if (item.value !== null) return ['ok'];
      const value = answers[item.id];
      if (value !== undefined) return itemReplies(item, value);
      if (item.optional) return ['skip'];
      throw new PlayerError('bad-script', `The script has no answer for \`${item.id}\` ("${item.label}"), which is required. Add it to "answers".`);
    }
    case 'practice':
      if (answers[task.practice.id] !== 'done') return ['next'];
      return task.practice.status === 'ready' ? ['start'] : ['done'];
    case 'continue':
      return ['ok'];
    default:
      return [];
  }
}

function itemReplies(item: FrameItem, value: AnswerValue): string[] {
  const misfit = (expected: string) =>
    new PlayerError('bad-script', `The script's answer for \`${item.id}\` is ${JSON.stringify(value)}; it takes ${expected}.`);
  switch (item.kind) {
    case 'rating':
    case 'number':
      if (typeof value !== 'number') throw misfit('a number');
      return [String(value)];
    case 'scale': {
      const index = item.constraints.points.findIndex((point) => point.value === value);
      if (index === -1) throw misfit(`one of ${item.constraints.points.map((point) => point.value).join(', ')}`);
      return [String(index + 1)];
    }
    case 'choice': {
      const values = Array.isArray(value) ? value : [value];
      const indexes = values.map((one) => item.constraints.options.findIndex((option) => option.value === one));
      if (indexes.includes(-1) || (!item.constraints.multiple && Array.isArray(value))) {
        throw misfit(`${item.constraints.multiple ? 'a list of' : 'one of'} ${item.constraints.options.map((option) => `"${option.value}"`).join(', ')}`);
      }
      return [indexes.map((index) => index + 1).join(',')];
    }
    case 'text':
      if (typeof value !== 'string') throw misfit('text');
      return [value];
    case 'thought-record': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw misfit('an object of fields');
      const record = value as { [field: string]: string | number };
      const missing = item.constraints.fields.find((field) => record[field.id] === undefined);
      if (missing !== undefined) throw misfit(`every field, and "${missing.id}" is missing`);
      return item.constraints.fields.map((field) => String(record[field.id]));
    }
  }
}
