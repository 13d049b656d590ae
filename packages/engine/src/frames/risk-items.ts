/**
 * Which items of a lesson may start the safety flow. Graphical channels hold
 * their answers for a Continue button, so choosing an option never changes
 * the screen by itself (WCAG 3.2.2 On Input).
 *
 * @module
 */

import type { Block, Bundle } from '@copekit/schema';

/**
 * Ids of the items of `lesson` that carry a risk rule (their own, or their
 * instrument's), wherever they sit (inside `<Show>` and instruments too).
 *
 * @example
 * ```ts
 * riskItems(bundle, 'weekly-mood'); // Set { 'phq-9-q9', 'self-harm-thoughts' }
 * ```
 */
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
