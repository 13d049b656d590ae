/**
 * An item as a frame shows it: kind, id, label, constraints and current value.
 *
 * @module
 */

import type { AnswerValue, Item } from '@copekit/schema';
import type { FrameItem, ItemStatus } from './frame-types.js';

/** The fields of each item kind a frame shows as its constraints. */
const constraintFields: Record<Item['kind'], readonly string[]> = {
  rating: ['min', 'max', 'minLabel', 'maxLabel'],
  scale: ['points'],
  choice: ['multiple', 'options'],
  text: ['maxLength'],
  number: ['min', 'max', 'unit', 'integer'],
  'thought-record': ['fields'],
};

/**
 * The frame view of `item` with its current answer (`undefined` when none) and
 * whether it was skipped. Risk rules and instrument links stay out of frames.
 *
 * @example
 * ```ts
 * frameItem({ kind: 'rating', id: 'pain', label: 'Pain', optional: false, min: 0, max: 10 }, 4, false);
 * // => { kind: 'rating', id: 'pain', label: 'Pain', optional: false, status: 'answered', constraints: { min: 0, max: 10 }, value: 4 }
 * ```
 */
export function frameItem(item: Item, value: AnswerValue | undefined, skipped: boolean): FrameItem {
  const status: ItemStatus = value !== undefined ? 'answered' : skipped ? 'skipped' : 'unanswered';
  const constraints: Record<string, unknown> = {};
  for (const field of constraintFields[item.kind]) {
    const constraint = (item as unknown as Record<string, unknown>)[field];
    if (constraint !== undefined) constraints[field] = constraint;
  }
  return { kind: item.kind, id: item.id, label: item.label, optional: item.optional, status, constraints, value: value ?? null } as FrameItem;
}
