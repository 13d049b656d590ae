/**
 * Which items of a lesson may start the safety flow. Their answers wait for
 * the Continue button, so choosing an option never changes the screen by
 * itself (WCAG 3.2.2 On Input).
 *
 * @module
 */

import type { Bundle } from '@copekit/react';

type Block = Bundle['lessons'][number]['steps'][number]['blocks'][number];

/** Ids of the lesson's items with a risk rule, inside `<Show>` and instruments too. */
export function riskItems(bundle: Bundle, lesson: string): Set<string> {
  const ids = new Set<string>();
  const visit = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      if (block.type === 'show') visit(block.blocks);
      else if (block.type === 'item' && block.risk !== undefined) ids.add(block.id);
      else if (block.type === 'instrument') for (const item of block.items) if (item.risk !== undefined) ids.add(item.id);
    }
  };
  for (const step of bundle.lessons.find((candidate) => candidate.id === lesson)?.steps ?? []) visit(step.blocks);
  return ids;
}
