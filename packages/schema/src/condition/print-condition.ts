/**
 * Prints condition trees back to canonical condition text, for compiler
 * messages, archives and semantic diffs (risk rules have no source text in
 * the bundle).
 *
 * @module
 */

import type { Condition, ItemRef, Operand } from '../types/condition.js';

/** Binding strength: higher binds tighter. */
const strength = { or: 1, and: 2, not: 3, atom: 4 } as const;

/**
 * Prints a condition in canonical form: single spaces around operators,
 * strings in single quotes (with `\'` and `\\` escaped), numbers in plain
 * decimal notation, and parentheses only where grouping needs them. A nested
 * `and` inside an `and` (or `or` inside `or`) prints without parentheses,
 * since the grouping does not change the meaning; the operand of `not` is
 * parenthesized when it is a comparison, for readability.
 *
 * Parsing the result gives a tree that prints to the same text.
 *
 * @example
 * ```ts
 * printCondition({
 *   type: 'or',
 *   operands: [
 *     { type: 'compare', op: '>=', left: { type: 'ref', ref: { item: 'pain-now' } }, right: { type: 'number', value: 7 } },
 *     { type: 'not', operand: { type: 'answered', ref: { lesson: 'pacing-basics', item: 'overdo' } } },
 *   ],
 * });
 * // => "pain-now >= 7 or not answered(pacing-basics.overdo)"
 * ```
 */
export function printCondition(condition: Condition): string {
  switch (condition.type) {
    case 'and':
    case 'or':
      return condition.operands
        .map((operand) => (operand.type === condition.type ? printCondition(operand) : printInside(operand, strength[condition.type])))
        .join(` ${condition.type} `);
    case 'not':
      return `not ${condition.operand.type === 'compare' ? `(${printCondition(condition.operand)})` : printInside(condition.operand, strength.not)}`;
    case 'compare':
      return `${printOperand(condition.left)} ${condition.op} ${printOperand(condition.right)}`;
    case 'answered':
      return `answered(${printRef(condition.ref)})`;
    case 'includes':
      return `includes(${printRef(condition.ref)}, ${printConditionString(condition.value)})`;
  }
}

/** Prints a condition that sits where operators of `parent` strength bind. */
function printInside(condition: Condition, parent: number): string {
  const own = condition.type === 'and' || condition.type === 'or' || condition.type === 'not' ? strength[condition.type] : strength.atom;
  const text = printCondition(condition);
  return own <= parent && own !== strength.not ? `(${text})` : text;
}

function printOperand(operand: Operand): string {
  switch (operand.type) {
    case 'ref':
      return printRef(operand.ref);
    case 'number':
      return printConditionNumber(operand.value);
    case 'string':
      return printConditionString(operand.value);
  }
}

function printRef(ref: ItemRef): string {
  return ref.lesson === undefined ? ref.item : `${ref.lesson}.${ref.item}`;
}

/**
 * A string in single quotes, escaping backslashes and single quotes.
 *
 * @example
 * ```ts
 * printConditionString("it's"); // => "'it\\'s'"
 * ```
 */
export function printConditionString(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

/**
 * A finite number in plain decimal notation (`1e21` prints as
 * `1000000000000000000000`, `1e-7` as `0.0000001`), which the condition
 * language can read back to the same number. `-0` prints as `0`.
 *
 * @throws {RangeError} for `NaN` and infinities, which conditions cannot hold.
 * @example
 * ```ts
 * printConditionNumber(1e-7); // => '0.0000001'
 * ```
 */
export function printConditionNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`A condition cannot hold the number ${value}.`);
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign, head, tail = '', exponentText] = match;
  const digits = head! + tail;
  const point = 1 + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.padEnd(point, '0')}`;
}
