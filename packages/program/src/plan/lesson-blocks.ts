/**
 * Walks a lesson's blocks, looking inside `<Show>` and instruments.
 *
 * @module
 */

import type { Block, Condition, HomeworkBlock, Item, Lesson } from '@copekit/schema';

/** A block and the `<Show when>` conditions around it, outermost first. */
export interface PlacedBlock<B extends Block = Block> {
  block: B;
  when: readonly Condition[];
}

/**
 * Every block of `lesson` in document order, with the conditions of the
 * `<Show>` blocks it sits in.
 *
 * @example
 * ```ts
 * placedBlocks(lesson).filter(({ block }) => block.type === 'homework');
 * ```
 */
export function placedBlocks(lesson: Lesson): PlacedBlock[] {
  const placed: PlacedBlock[] = [];
  const visit = (blocks: readonly Block[], when: readonly Condition[]) => {
    for (const block of blocks) {
      placed.push({ block, when });
      if (block.type === 'show') visit(block.blocks, [...when, block.when]);
    }
  };
  for (const step of lesson.steps) visit(step.blocks, []);
  return placed;
}

/**
 * The `<Homework>` blocks of a lesson, with their conditions.
 *
 * @example
 * ```ts
 * homeworkBlocks(lesson).map(({ block }) => block.skill); // => ['pmr']
 * ```
 */
export function homeworkBlocks(lesson: Lesson): PlacedBlock<HomeworkBlock>[] {
  return placedBlocks(lesson).filter((placed): placed is PlacedBlock<HomeworkBlock> => placed.block.type === 'homework');
}

/**
 * The answerable items of a lesson by id, instrument items included.
 *
 * @example
 * ```ts
 * lessonItems(checkIn).get('pain-today')?.kind; // => 'rating'
 * ```
 */
export function lessonItems(lesson: Lesson): Map<string, Item> {
  const items = new Map<string, Item>();
  for (const { block } of placedBlocks(lesson)) {
    if (block.type === 'item') items.set(block.id, block);
    if (block.type === 'instrument') for (const item of block.items) items.set(item.id, item);
  }
  return items;
}
