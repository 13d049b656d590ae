/**
 * Reads chosen options from a reply: an option number (`2`), an option's
 * label or value in any case (`yes`), or for multiple choice a list
 * (`1,3`, `1 and 3`, `stress or worry, poor sleep`). A choice's option
 * value matches too; a scale point's number value does not (points are
 * numbered from 1, so `0` is never a choice). Any doubt is reported,
 * never resolved by guessing.
 *
 * @module
 */

import { normalizeReply } from './normalize-reply.js';

/** An option as numbered from 1 in the prompt. */
export interface NumberedOption {
  value: string | number;
  label: string;
}

/** The chosen option indexes (from 0), or why the reply does not choose. */
export type OptionReading =
  | { indexes: number[] }
  | { problem: 'unclear' | 'ambiguous' | 'one-only' }
  | { problem: 'out-of-range'; number: number };

const numberList = /^\d+(?:\s*(?:,|&|\band\b|\s)\s*\d+)+$/;

/**
 * Reads a normalized reply against numbered options.
 *
 * @example
 * ```ts
 * const options = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }];
 * readOptions('no', options, false); // => { indexes: [1] }
 * readOptions('1,2', options, false); // => { problem: 'one-only' }
 * readOptions('3', options, false); // => { problem: 'out-of-range', number: 3 }
 * ```
 */
export function readOptions(normalized: string, options: readonly NumberedOption[], multiple: boolean): OptionReading {
  const single = readOne(normalized, options);
  if (!('problem' in single) || single.problem !== 'unclear') return single;
  const parts = numberList.test(normalized) ? normalized.split(/\s*(?:,|&|\band\b|\s)\s*/) : normalized.split(/\s*,\s*/);
  if (parts.length < 2) return single;
  const readings = parts.map((part) => readOne(part, options));
  const problem = readings.find((reading) => 'problem' in reading);
  if (problem !== undefined) return problem;
  if (!multiple) return { problem: 'one-only' };
  const indexes = readings.flatMap((reading) => ('indexes' in reading ? reading.indexes : []));
  return { indexes: [...new Set(indexes)].sort((a, b) => a - b) };
}

/** One option by number, label or value; more than one match is ambiguous. */
function readOne(part: string, options: readonly NumberedOption[]): OptionReading {
  const matches = new Set<number>();
  options.forEach((option, index) => {
    // Scale points are numbered from 1 in the prompt, so their numeric values are not matched.
    if (normalizeReply(option.label) === part || (typeof option.value === 'string' && normalizeReply(option.value) === part)) matches.add(index);
  });
  if (/^\d+$/.test(part)) {
    const number = Number(part);
    if (number >= 1 && number <= options.length) matches.add(number - 1);
    else if (matches.size === 0) return { problem: 'out-of-range', number };
  }
  if (matches.size > 1) return { problem: 'ambiguous' };
  const [index] = matches;
  return index === undefined ? { problem: 'unclear' } : { indexes: [index] };
}
