/**
 * How an item is asked in plain text: its question, its numbered options,
 * what a valid reply looks like, and its current answer.
 *
 * @module
 */

import type { FrameItem, ThoughtRecordAnswer } from '@copekit/engine';
import { answerLabel } from '@copekit/engine/frames';
import type { ThoughtRecordField } from '@copekit/schema';

/** The options of a choice or scale item, in the order they are numbered from 1. */
export function numberedOptions(item: FrameItem): { value: string | number; label: string }[] | null {
  if (item.kind === 'choice') return item.constraints.options;
  if (item.kind === 'scale') return item.constraints.points;
  return null;
}

/** The next field of a thought record to ask, given the fields answered so far. */
export function nextField(item: FrameItem & { kind: 'thought-record' }, draft: ThoughtRecordAnswer | undefined): ThoughtRecordField {
  const fields = item.constraints.fields;
  return fields.find((field) => draft?.[field.id] === undefined) ?? fields[fields.length - 1]!;
}

/**
 * The lines that ask `item`: the question, the scale's ends or the numbered
 * options. A thought record asks its next field.
 *
 * @example
 * ```ts
 * itemQuestion(practisedItem); // => ['Did you practise a coping skill today?\n1) Yes\n2) No']
 * ```
 */
export function itemQuestion(item: FrameItem, draft?: ThoughtRecordAnswer): string[] {
  switch (item.kind) {
    case 'rating': {
      const { min, max, minLabel, maxLabel } = item.constraints;
      const ends = [minLabel && `${min} = ${minLabel}`, maxLabel && `${max} = ${maxLabel}`].filter(Boolean).join(', ');
      return ends === '' ? [item.label] : [`${item.label}\n${ends}`];
    }
    case 'scale':
    case 'choice':
      return [[item.label, ...numberedOptions(item)!.map((option, index) => `${index + 1}) ${option.label}`)].join('\n')];
    case 'number':
    case 'text':
      return [item.label];
    case 'thought-record': {
      const fields = item.constraints.fields;
      const field = nextField(item, draft);
      const position = `(${fields.indexOf(field) + 1} of ${fields.length})`;
      return fields.indexOf(field) === 0 ? [item.label, `${position} ${field.label}`] : [`${position} ${field.label}`];
    }
  }
}

/**
 * What a valid reply to `item` is, to follow "Reply with".
 *
 * @example
 * ```ts
 * answerHint(painItem); // => 'a number from 0 to 10'
 * ```
 */
export function answerHint(item: FrameItem, draft?: ThoughtRecordAnswer): string {
  switch (item.kind) {
    case 'rating':
      return `a number from ${item.constraints.min} to ${item.constraints.max}`;
    case 'scale':
    case 'choice': {
      const count = numberedOptions(item)!.length;
      if (item.kind === 'choice' && item.constraints.multiple) return `one or more numbers, like ${count > 2 ? '1,3' : '1,2'}`;
      return `a number from 1 to ${count}`;
    }
    case 'number': {
      const { min, max, unit } = item.constraints;
      const what = unit === undefined ? 'a number' : `the number of ${unit}`;
      if (min !== undefined && max !== undefined) return `${what} from ${min} to ${max}`;
      if (min !== undefined) return `${what}, at least ${min}`;
      return max === undefined ? what : `${what}, up to ${max}`;
    }
    case 'text':
      return item.constraints.maxLength === undefined ? 'your answer in your own words' : `your answer in up to ${item.constraints.maxLength} characters`;
    case 'thought-record': {
      const field = nextField(item, draft);
      return field.kind === 'rating' ? `a number from ${field.min ?? 0} to ${field.max ?? 100}` : 'your answer in your own words';
    }
  }
}

/**
 * The item's current answer in words (text answers in double quotes), or
 * `null` when it has none.
 *
 * @example
 * ```ts
 * describeValue(practisedItem); // => 'Yes'
 * ```
 */
export function describeValue(item: FrameItem): string | null {
  const label = answerLabel(item);
  return item.kind === 'text' && label !== null ? `"${label}"` : label;
}
