/**
 * Risk thresholds: the `risk` attribute of `<Rating>` and `<NumberEntry>`
 * (`risk="> 0"`) and the `risk` field of instrument items. A threshold is a
 * comparison operator and a number; the engine checks it as the condition
 * `item op number` the moment the item is answered.
 *
 * @module
 */

import type { CompareOperator, Condition } from '@copekit/schema';
import { type ConditionSyntaxError, ConditionSyntaxFailure, fail } from './syntax-error.js';
import { tokenize } from './tokenize.js';

/** A parsed risk threshold: the answer is risky when `answer op value` holds. */
export interface RiskThreshold {
  op: CompareOperator;
  value: number;
}

const usage = 'Write a comparison and a number, like `> 0` or `>= 2`.';

/**
 * Parses a risk threshold such as `"> 0"` or `">= 2"` (spaces optional,
 * negative and decimal numbers allowed).
 *
 * Error offsets count from the start of `source`, as in `parseCondition`.
 *
 * @example
 * ```ts
 * parseThreshold('>= 2'); // => { op: '>=', value: 2 }
 * parseThreshold('2');
 * // => { error: { message: 'A risk threshold starts with a comparison …', fix: 'Write a comparison and a number, like `> 0` or `>= 2`.', start: 0, end: 1 } }
 * ```
 */
export function parseThreshold(source: string): RiskThreshold | { error: ConditionSyntaxError } {
  try {
    const tokens = tokenize(source);
    const end = tokens.at(-1)!;
    const [operator = end, number = end, rest = end] = tokens;
    if (operator.kind === 'end') fail('The risk threshold is empty.', usage, 0, source.length);
    if (operator.kind !== 'operator') {
      fail('A risk threshold starts with a comparison (`==`, `!=`, `<`, `<=`, `>`, `>=`).', usage, operator.start, operator.end);
    }
    if (number.kind !== 'number') fail(`Expected a number after \`${operator.operator}\`.`, usage, number.start, number.end);
    if (rest.kind !== 'end') fail('A risk threshold is one comparison and one number; remove what follows.', usage, rest.start, source.length);
    return { op: operator.operator, value: number.value };
  } catch (error) {
    if (error instanceof ConditionSyntaxFailure) return { error: error.detail };
    throw error;
  }
}

/**
 * The condition a risk threshold stands for: `itemId op value`.
 *
 * @example
 * ```ts
 * thresholdToCondition('phq-9-q9', { op: '>', value: 0 });
 * // => { type: 'compare', op: '>', left: { type: 'ref', ref: { item: 'phq-9-q9' } }, right: { type: 'number', value: 0 } }
 * ```
 */
export function thresholdToCondition(itemId: string, threshold: RiskThreshold): Condition {
  return {
    type: 'compare',
    op: threshold.op,
    left: { type: 'ref', ref: { item: itemId } },
    right: { type: 'number', value: threshold.value },
  };
}
