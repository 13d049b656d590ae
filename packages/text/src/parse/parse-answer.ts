/**
 * Turns a reply into the answer to the item being asked, or a re-prompt.
 *
 * @module
 */

import type { AnswerValue, Frame, FrameItem, ThoughtRecordAnswer } from '@copekit/engine';
import { nextField, numberedOptions } from '../render/describe-item.js';
import { readNumber, type NumberShape } from './parse-number.js';
import { readOptions } from './parse-options.js';
import type { ReplyResult } from './reply-result.js';
import { quote, reprompt, type RepromptReason } from './reprompt.js';

/**
 * The result of replying `text` (`normalized` is its `normalizeReply` form)
 * to `item`: an `answer` event, a thought-record draft, or a re-prompt.
 *
 * @example
 * ```ts
 * answerResult(frame, painItem, '7/10', '7/10'); // => { event: { type: 'answer', item: 'pain-today', value: 7 } }
 * ```
 */
export function answerResult(frame: Frame, item: FrameItem, text: string, normalized: string, draft?: ThoughtRecordAnswer): ReplyResult {
  const again = (reason: RepromptReason, lead: string): ReplyResult => ({ reprompt: reprompt(frame, lead, draft), reason });
  const answer = (value: AnswerValue): ReplyResult => ({ event: { type: 'answer', item: item.id, value } });
  switch (item.kind) {
    case 'rating':
    case 'number': {
      const { min, max } = item.constraints;
      const shape: NumberShape =
        item.kind === 'rating' ? { integer: true, scaleMax: item.constraints.max } : { integer: item.constraints.integer, ...unitOf(item.constraints.unit) };
      const reading = readNumber(normalized, shape);
      if ('problem' in reading) return numberProblem(reading.problem, text, min, max, again);
      if ((min !== undefined && reading.value < min) || (max !== undefined && reading.value > max)) {
        return again('out-of-range', `${reading.value} is out of range.`);
      }
      return answer(reading.value);
    }
    case 'scale':
    case 'choice': {
      const options = numberedOptions(item)!;
      const reading = readOptions(normalized, options, item.kind === 'choice' && item.constraints.multiple);
      if ('indexes' in reading) {
        const values = reading.indexes.map((index) => options[index]!.value);
        return answer(item.kind === 'choice' && item.constraints.multiple ? (values as string[]) : values[0]!);
      }
      return optionProblem(reading, text, again);
    }
    case 'text': {
      const value = text.trim();
      const { maxLength } = item.constraints;
      if (maxLength !== undefined && value.length > maxLength) return again('too-long', `That is ${value.length} characters; the most is ${maxLength}.`);
      return answer(value);
    }
    case 'thought-record': {
      const field = nextField(item, draft);
      let value: string | number = text.trim();
      if (field.kind === 'rating') {
        const reading = readNumber(normalized, { integer: true, scaleMax: field.max ?? 100 });
        if ('problem' in reading) return numberProblem(reading.problem, text, field.min ?? 0, field.max ?? 100, again);
        if (reading.value < (field.min ?? 0) || reading.value > (field.max ?? 100)) return again('out-of-range', `${reading.value} is out of range.`);
        value = reading.value;
      }
      const next = { ...draft, [field.id]: value };
      return item.constraints.fields.every((one) => next[one.id] !== undefined) ? answer(next) : { draft: next };
    }
  }
}

function optionProblem(
  reading: Exclude<ReturnType<typeof readOptions>, { indexes: number[] }>,
  text: string,
  again: (reason: RepromptReason, lead: string) => ReplyResult,
): ReplyResult {
  switch (reading.problem) {
    case 'out-of-range':
      return again('out-of-range', `There is no option ${reading.number}.`);
    case 'ambiguous':
      return again('ambiguous', `${quote(text)} matches more than one option.`);
    case 'one-only':
      return again('one-only', 'Please choose only one.');
    case 'unclear':
      return again('unclear', `Sorry, I did not understand ${quote(text)}.`);
  }
}

function unitOf(unit: string | undefined): { unit?: string } {
  return unit === undefined ? {} : { unit };
}

function numberProblem(
  problem: 'unclear' | 'not-whole' | 'other-scale',
  text: string,
  min: number | undefined,
  max: number | undefined,
  again: (reason: RepromptReason, lead: string) => ReplyResult,
): ReplyResult {
  switch (problem) {
    case 'not-whole':
      return again('not-whole', 'Please use a whole number.');
    case 'other-scale':
      return again('other-scale', `Please rate from ${min} to ${max}.`);
    case 'unclear':
      return again('unclear', `Sorry, I did not understand ${quote(text)}.`);
  }
}
