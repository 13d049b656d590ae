/**
 * Evaluates a `<Show when>` condition over a completed lesson's answers, with
 * the engine's rules: an unanswered side makes a comparison false; `<`, `<=`,
 * `>`, `>=` compare numbers only; `includes` also matches a single choice.
 *
 * @module
 */

import type { AnswersByLesson, AnswerValue, Condition, Operand } from '@copekit/schema';

/**
 * Whether `condition`, written in lesson `lesson`, holds over `answers`
 * (answers by lesson id: the lesson's own, and earlier lessons').
 *
 * @example
 * ```ts
 * const when = { type: 'answered', ref: { item: 'goal' } } as const;
 * conditionHolds(when, 'pacing', { pacing: { goal: 'Walk' } }); // => true
 * ```
 */
export function conditionHolds(condition: Condition, lesson: string, answers: AnswersByLesson): boolean {
  const lookup = (operand: Operand): AnswerValue | undefined => {
    if (operand.type !== 'ref') return operand.value;
    const values = answers[operand.ref.lesson ?? lesson];
    return values !== undefined && Object.prototype.hasOwnProperty.call(values, operand.ref.item) ? values[operand.ref.item] : undefined;
  };
  const holds = (node: Condition): boolean => {
    switch (node.type) {
      case 'and':
        return node.operands.every(holds);
      case 'or':
        return node.operands.some(holds);
      case 'not':
        return !holds(node.operand);
      case 'answered':
        return lookup({ type: 'ref', ref: node.ref }) !== undefined;
      case 'includes': {
        const value = lookup({ type: 'ref', ref: node.ref });
        return Array.isArray(value) ? value.includes(node.value) : value === node.value;
      }
      case 'compare':
        return compare(node.op, lookup(node.left), lookup(node.right));
    }
  };
  return holds(condition);
}

function compare(op: string, left: AnswerValue | undefined, right: AnswerValue | undefined): boolean {
  if (left === undefined || right === undefined) return false;
  const comparable = typeof left === typeof right && (typeof left === 'number' || typeof left === 'string');
  if (op === '==') return comparable && left === right;
  if (op === '!=') return !comparable || left !== right;
  if (typeof left !== 'number' || typeof right !== 'number') return false;
  return op === '<' ? left < right : op === '<=' ? left <= right : op === '>' ? left > right : left >= right;
}
