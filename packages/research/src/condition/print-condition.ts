/**
 * Prints parsed conditions (risk rules have no source text in the bundle) in
 * the compiler's canonical form, for diffs and archives.
 *
 * @module
 */

import type { Condition, ItemRef, Operand } from '@copekit/schema';

const strength = { or: 1, and: 2, not: 3, atom: 4 } as const;

/**
 * Prints a condition as condition-language text: single spaces around
 * operators, strings in single quotes, parentheses only where grouping needs
 * them (and around a comparison under `not`, for readability).
 *
 * @example
 * ```ts
 * printCondition({
 *   type: 'compare', op: '>',
 *   left: { type: 'ref', ref: { item: 'mood-q2' } },
 *   right: { type: 'number', value: 0 },
 * });
 * // => "mood-q2 > 0"
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
      return `includes(${printRef(condition.ref)}, ${printString(condition.value)})`;
  }
}

function printInside(condition: Condition, parent: number): string {
  const own = condition.type === 'and' || condition.type === 'or' || condition.type === 'not' ? strength[condition.type] : strength.atom;
  const text = printCondition(condition);
  return own <= parent && own !== strength.not ? `(${text})` : text;
}

function printOperand(operand: Operand): string {
  if (operand.type === 'ref') return printRef(operand.ref);
  if (operand.type === 'number') return String(operand.value);
  return printString(operand.value);
}

function printRef(ref: ItemRef): string {
  return ref.lesson === undefined ? ref.item : `${ref.lesson}.${ref.item}`;
}

function printString(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}
