/**
 * Checks an answer against its item: type, options, range and length.
 *
 * @module
 */

import type { Item, RejectionReason } from '@copekit/schema';
import type { Rejection } from '../core/rejection.js';

/** What is wrong: the reason, what the item takes, and the offending value. */
type Problem = [reason: RejectionReason, expected: string, got: unknown];

/**
 * Why `value` is not a valid answer to `item`, or `null` when it is.
 *
 * Ratings take an integer within `min`–`max`, scales one of their points,
 * numbers a finite number within `min`/`max` (whole when `integer`), text a
 * non-blank string within `maxLength`, single choices one option value,
 * multiple choices a non-empty array of distinct option values, thought
 * records every field (non-blank text, ratings within range) and no others.
 *
 * @example
 * ```ts
 * validateAnswer({ kind: 'rating', id: 'pain', label: 'Pain', optional: false, min: 0, max: 10 }, 11);
 * // => { reason: 'out-of-range', message: '`pain` takes a whole number from 0 to 10; got 11.' }
 * ```
 */
export function validateAnswer(item: Item, value: unknown): Rejection | null {
  const problem = answerProblem(item, value);
  return problem && { reason: problem[0], message: `\`${item.id}\` ${problem[1]}; got ${describe(problem[2])}.` };
}

function answerProblem(item: Item, value: unknown): Problem | null {
  switch (item.kind) {
    case 'rating':
      return numberProblem(value, item.min, item.max, true);
    case 'scale':
      return typeof value === 'number' && item.points.some((point) => point.value === value)
        ? null
        : ['invalid-value', `takes one of ${list(item.points.map((point) => point.value))}`, value];
    case 'number':
      return numberProblem(value, item.min, item.max, item.integer);
    case 'text':
      return textProblem(value, item.maxLength);
    case 'choice': {
      const options = item.options.map((option) => option.value);
      if (!item.multiple) return typeof value === 'string' && options.includes(value) ? null : ['invalid-value', `takes one of ${list(options)}`, value];
      const valid =
        Array.isArray(value) &&
        value.length > 0 &&
        value.every((entry) => typeof entry === 'string' && options.includes(entry)) &&
        new Set(value).size === value.length;
      return valid ? null : ['invalid-value', `takes a non-empty list of distinct values from ${list(options)}`, value];
    }
    case 'thought-record': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return ['invalid-value', `takes an object with the fields ${list(item.fields.map((field) => field.id))}`, value];
      }
      const record = value as Record<string, unknown>;
      const extra = Object.keys(record).find((key) => !item.fields.some((field) => field.id === key));
      if (extra !== undefined) return ['invalid-value', `has no field \`${extra}\``, extra];
      for (const field of item.fields) {
        const problem =
          field.kind === 'rating' ? numberProblem(record[field.id], field.min ?? 0, field.max ?? 100, true) : textProblem(record[field.id], undefined);
        if (problem !== null) return [problem[0], `field \`${field.id}\` ${problem[1]}`, problem[2]];
      }
      return null;
    }
  }
}

function numberProblem(value: unknown, min: number | undefined, max: number | undefined, integer: boolean): Problem | null {
  const typed = typeof value === 'number' && Number.isFinite(value) && (!integer || Number.isInteger(value));
  const inRange = typed && !((min !== undefined && (value as number) < min) || (max !== undefined && (value as number) > max));
  if (inRange) return null;
  const range = min !== undefined && max !== undefined ? ` from ${min} to ${max}` : min !== undefined ? ` of at least ${min}` : max !== undefined ? ` of at most ${max}` : '';
  return [typed ? 'out-of-range' : 'invalid-value', `takes ${integer ? 'a whole number' : 'a number'}${range}`, value];
}

function textProblem(value: unknown, maxLength: number | undefined): Problem | null {
  if (typeof value !== 'string' || value.trim() === '') {
    return ['invalid-value', 'takes non-blank text (skip an optional item instead)', value];
  }
  return maxLength !== undefined && value.length > maxLength ? ['out-of-range', `takes at most ${maxLength} characters`, value.length] : null;
}

function list(values: readonly (string | number)[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? typeof value;
  } catch {
    text = typeof value;
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
