/**
 * Lists the item references a condition makes.
 *
 * @module
 */

import type { Condition, ItemRef } from '@copekit/schema';

/**
 * Every item reference in `condition`, in reading order (repeats included).
 *
 * @example
 * ```ts
 * conditionRefs({ type: 'answered', ref: { item: 'pain' } }); // => [{ item: 'pain' }]
 * ```
 */
export function conditionRefs(condition: Condition): ItemRef[] {
  switch (condition.type) {
    case 'and':
    case 'or':
      return condition.operands.flatMap(conditionRefs);
    case 'not':
      return conditionRefs(condition.operand);
    case 'answered':
    case 'includes':
      return [condition.ref];
    case 'compare':
      return [condition.left, condition.right].flatMap((operand) => (operand.type === 'ref' ? [operand.ref] : []));
  }
}
