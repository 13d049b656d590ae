/**
 * An item's current answer in words, the same for every channel.
 *
 * @module
 */

import type { FrameItem } from '../frame/frame-types.js';

/**
 * The item's current answer in words, or `null` when it has none: the labels
 * of the chosen point or options, `your thought record`, a number with its
 * unit, or a text answer as it was written (a channel may quote it or name it
 * its own way).
 *
 * @example
 * ```ts
 * answerLabel(practisedItem); // => 'Yes'
 * answerLabel(minutesItem); // => '20 minutes'
 * ```
 */
export function answerLabel(item: FrameItem): string | null {
  if (item.value === null) return null;
  switch (item.kind) {
    case 'scale':
      return item.constraints.points.find((point) => point.value === item.value)?.label ?? String(item.value);
    case 'choice': {
      const values = Array.isArray(item.value) ? item.value : [item.value];
      return values.map((value) => item.constraints.options.find((option) => option.value === value)?.label ?? value).join(', ');
    }
    case 'thought-record':
      return 'your thought record';
    default:
      return `${item.value}${item.kind === 'number' && item.constraints.unit !== undefined ? ` ${item.constraints.unit}` : ''}`;
  }
}
