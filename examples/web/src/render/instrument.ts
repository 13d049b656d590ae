/**
 * An instrument (PHQ-9, GAD-7, ...): its title, instructions and items. The
 * score is shown to coaches only.
 *
 * @module
 */

import type { FrameInstrument } from '@copekit/engine';
import { el } from './dom.js';
import { createItemView } from './item.js';
import type { BlockView, ViewContext } from './view-types.js';

/**
 * The view; `key` makes its DOM ids unique in the page.
 *
 * @example
 * ```ts
 * const view = createInstrumentView(block, context, 'block-0');
 * ```
 */
export function createInstrumentView(block: FrameInstrument, context: ViewContext, key: string): BlockView<FrameInstrument> {
  const headingId = `${key}-heading`;
  const items = block.items.map((item) => createItemView(item, context));
  const score = el('p', { class: 'instrument-score', hidden: true });
  const element = el(
    'section',
    { class: 'instrument', 'aria-labelledby': headingId },
    el('h2', { id: headingId }, block.title),
    block.instructions === undefined ? null : el('p', { class: 'instructions' }, block.instructions),
    ...items.map((view) => view.element),
    context.audience === 'coach' ? score : null,
  );
  const view: BlockView<FrameInstrument> = {
    element,
    items,
    update(next) {
      next.items.forEach((item, index) => items[index]?.update(item));
      score.hidden = next.score === null;
      score.textContent = next.score === null ? '' : `Score ${next.score.value}${next.score.band === null ? '' : ` (${next.score.band.label})`}${next.score.positive === true ? ', positive screen' : ''}`;
    },
  };
  view.update(block);
  return view;
}
