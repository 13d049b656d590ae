/**
 * Picks the view for an item by kind.
 *
 * @module
 */

import type { FrameItem } from '@copekit/engine';
import { createEntryItemView } from './entry-item.js';
import { createOptionItemView, maxRatingOptions } from './option-item.js';
import { createThoughtRecordItemView } from './thought-record-item.js';
import type { ItemView, ViewContext } from './view-types.js';

/**
 * The view of any item.
 *
 * @example
 * ```ts
 * const view = createItemView(frameItem, context);
 * form.append(view.element);
 * ```
 */
export function createItemView(item: FrameItem, context: ViewContext): ItemView {
  switch (item.kind) {
    case 'rating':
      return item.constraints.max - item.constraints.min + 1 <= maxRatingOptions ? createOptionItemView(item, context) : createEntryItemView(item, context);
    case 'scale':
    case 'choice':
      return createOptionItemView(item, context);
    case 'text':
    case 'number':
      return createEntryItemView(item, context);
    case 'thought-record':
      return createThoughtRecordItemView(item, context);
  }
}
