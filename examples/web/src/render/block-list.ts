/**
 * The blocks of a step, kept in step with each new frame. Blocks are keyed
 * (items by id, prose by text), so a frame that only changes answers updates
 * views in place: focus, caret and typed text survive, and a question that a
 * `<Show when>` reveals is inserted without rebuilding the rest.
 *
 * @module
 */

import type { FrameBlock } from '@copekit/engine';
import { createCrisisView } from './crisis.js';
import { el } from './dom.js';
import { createInstrumentView } from './instrument.js';
import { createItemView } from './item.js';
import { createPracticeView } from './practice.js';
import { createCoachNoteView, createHomeworkView, createProseView } from './static-blocks.js';
import type { BlockView, ItemView, ViewContext } from './view-types.js';

/** The rendered blocks of one step. */
export interface BlockList {
  readonly element: HTMLElement;
  /** Shows `blocks`; returns the item views that were not there before. */
  update(blocks: readonly FrameBlock[]): ItemView[];
  /** Every item view, in order. */
  items(): ItemView[];
}

/**
 * A stable key for a block: its id, or its content for blocks without one.
 *
 * @example
 * ```ts
 * blockKey({ type: 'item', kind: 'rating', id: 'pain-now', ... }); // 'item:pain-now'
 * ```
 */
export function blockKey(block: FrameBlock): string {
  switch (block.type) {
    case 'item':
    case 'instrument':
    case 'practice':
    case 'homework':
      return `${block.type}:${block.id}`;
    case 'prose':
    case 'coach-note':
      return `${block.type}:${block.text}`;
    case 'crisis':
      return `crisis:${block.region.id}`;
  }
}

/** Creates an empty list; `update` fills it. */
export function createBlockList(context: ViewContext): BlockList {
  const element = el('div', { class: 'blocks' });
  let views = new Map<string, BlockView>();
  let serial = 0;

  const create = (block: FrameBlock): BlockView => {
    const key = `block-${(serial += 1)}`;
    switch (block.type) {
      case 'item': {
        const item = createItemView(block, context);
        return { element: item.element, items: [item], update: (next) => item.update(next as typeof block) };
      }
      case 'instrument':
        return createInstrumentView(block, context, key) as BlockView;
      case 'practice':
        return createPracticeView(block, context, key) as BlockView;
      case 'crisis':
        return createCrisisView(block, key) as BlockView;
      case 'prose':
        return createProseView(block) as BlockView;
      case 'homework':
        return createHomeworkView(block) as BlockView;
      case 'coach-note':
        return createCoachNoteView(block) as BlockView;
    }
  };

  return {
    element,
    update(blocks) {
      const next = new Map<string, BlockView>();
      const added: ItemView[] = [];
      const seen = new Map<string, number>();
      for (const block of blocks) {
        const base = blockKey(block);
        const count = (seen.get(base) ?? 0) + 1;
        seen.set(base, count);
        const key = count === 1 ? base : `${base}#${count}`;
        let view = views.get(key);
        if (view === undefined) {
          view = create(block);
          added.push(...view.items);
        } else {
          view.update(block);
        }
        next.set(key, view);
      }
      for (const [key, view] of views) {
        if (!next.has(key)) view.element.remove();
      }
      let cursor = element.firstElementChild;
      for (const view of next.values()) {
        if (cursor === view.element) cursor = cursor.nextElementSibling;
        else element.insertBefore(view.element, cursor);
      }
      views = next;
      return added;
    },
    items: () => [...views.values()].flatMap((view) => view.items),
  };
}
