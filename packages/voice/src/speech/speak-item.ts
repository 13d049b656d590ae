/**
 * A question as speech: the question, then how to answer it on the keypad.
 *
 * @module
 */

import type { FrameItem } from '@copekit/engine';
import { answerLabel } from '@copekit/engine/frames';
import type { KeyMap } from '../keys/key-map.js';
import { say, type SpeechParagraph } from './speech.js';

/**
 * The item's current answer in words (a text answer is a recording), or
 * `null` when it has none.
 *
 * @example
 * ```ts
 * spokenValue(practisedItem); // => 'Yes'
 * ```
 */
export function spokenValue(item: FrameItem): string | null {
  return item.kind === 'text' && item.value !== null ? 'your recording' : answerLabel(item);
}

/**
 * The question and how to answer it with `keys` (the item's key map): each
 * option's key, or what to enter before pound, or when to speak for a
 * recording. An item the keypad cannot answer says so.
 *
 * @example
 * ```ts
 * speakItem(painItem, keys);
 * // => [[{ type: 'text', text: 'How strong was your pain today, on average?' }],
 * //     [{ type: 'text', text: 'Enter a number from 0 to 10, then press pound. 0 means No pain. 10 means Worst pain you can imagine.' }]]
 * ```
 */
export function speakItem(item: FrameItem, keys: KeyMap): SpeechParagraph[] {
  const answer = spokenValue(item);
  const current = answer === null ? [] : [say(`Your answer was ${answer}.`)];
  return [...current, say(item.label), say(answerInstructions(item, keys))];
}

function answerInstructions(item: FrameItem, keys: KeyMap): string {
  switch (keys.expects) {
    case 'choice':
      return keys.bindings
        .filter((binding) => binding.action === 'answer')
        .map((binding) => `For ${binding.label}, press ${binding.keys}.`)
        .join(' ');
    case 'recording':
      return 'After the tone, say your answer. Then press pound.';
    case 'digits':
      return digitInstructions(item, keys);
    default:
      return 'This question cannot be answered by phone. Please answer it in the app or on the website.';
  }
}

function digitInstructions(item: FrameItem, keys: KeyMap): string {
  const entry = keys.digits!;
  if (entry.kind !== 'number') {
    const list = entry.options.map((option, index) => `${index + 1}: ${option.label}.`).join(' ');
    const how =
      entry.kind === 'options'
        ? 'Enter the number of each answer that applies, then press pound. For example, 1, 3, pound.'
        : 'Enter the number of your answer, then press pound.';
    return `${how} ${list}`;
  }
  const range = entry.min !== null && entry.max !== null ? ` from ${entry.min} to ${entry.max}` : '';
  if (item.kind === 'rating') {
    const ends = [item.constraints.minLabel && `${item.constraints.min} means ${item.constraints.minLabel}.`, item.constraints.maxLabel && `${item.constraints.max} means ${item.constraints.maxLabel}.`];
    return [`Enter a number${range}, then press pound.`, ...ends.filter(Boolean)].join(' ');
  }
  const unit = item.kind === 'number' ? item.constraints.unit : undefined;
  return `Enter ${unit === undefined ? 'a number' : `the number of ${unit}`}${range === '' ? ',' : `,${range},`} then press pound.`;
}
