/**
 * Evaluates a parsed condition (`<Show when>`, risk rules) over answers. The
 * condition is data: it is walked, never run as code.
 *
 * @module
 */

import type { AnswerValue, CompareCondition, Condition, ItemRef, Operand } from '@copekit/schema';

/** Reads the current value of a reference; `undefined` means unanswered (or hidden). */
export type Lookup = (ref: ItemRef) => AnswerValue | undefined;

/**
 * Whether `condition` holds.
 *
 * - A comparison with an unanswered side is false, whatever the operator, so
 *   `not (pain > 5)` holds while `pain` is unanswered.
 * - `<`, `<=`, `>`, `>=` compare numbers only; `==` and `!=` also compare
 *   strings. A multiple choice equals nothing: use `includes`.
 * - `includes(id, 'v')` holds when a multiple choice contains `v`, or a single
 *   choice is `v`.
 *
 * @example
 * ```ts
 * const when = { type: 'compare', op: '>=', left: { type: 'ref', ref: { item: 'pain' } }, right: { type: 'number', value: 7 } };
 * evaluateCondition(when, (ref) => (ref.item === 'pain' ? 8 : undefined)); // => true
 * ```
 */
export function evaluateCondition(condition: Condition, lookup: Lookup): boolean {
  switch (condition.type) {
    case 'and':
      return condition.operands.every((operand) => evaluateCondition(operand, lookup));
    case 'or':
      return condition.operands.some((operand) => evaluateCondition(operand, lookup));
    case 'not':
      return !evaluateCondition(condition.operand, lookup);
    case 'answered':
      return lookup(condition.ref) !== undefined;
    case 'includes': {
      const value = lookup(condition.ref);
      return Array.isArray(value) ? value.includes(condition.value) : value === condition.value;
    }
    case 'compare':
      return compare(condition, lookup);
  }
}

function compare(condition: CompareCondition, lookup: Lookup): boolean {
  const left = operandValue(condition.left, lookup);
  const right = operandValue(condition.right, lookup);
  if (left === undefined || right === undefined) return false;
  const comparable = typeof left === typeof right && (typeof left === 'number' || typeof left === 'string');
  switch (condition.op) {
    case '==':
      return comparable && left === right;
    case '!=':
      return !comparable || left !== right;
  }
  if (typeof left !== 'number' || typeof right !== 'number') return false;
  switch (condition.op) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
  }
}

function operandValue(operand: Operand, lookup: Lookup): AnswerValue | undefined {
  return operand.type === 'ref' ? lookup(operand.ref) : operand.value;
}
