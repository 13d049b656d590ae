/**
 * How blocks are identified across versions. Items, practices, homework and
 * instruments have lesson-unique ids. Blocks without ids (prose, Show, coach
 * notes, crisis) are keyed by the nearest preceding sibling that has an id
 * (or the start of their container) and their order after it, so inserting
 * or removing content elsewhere does not shift them.
 *
 * @module
 */

import type { Block, CoachNoteBlock, CrisisBlock, HomeworkBlock, InstrumentBlock, ItemBlock, Lesson, PracticeBlock, ProseBlock, ShowBlock } from '@copekit/schema';

/** A block with a lesson-unique id. */
export type IdBlock = ItemBlock | PracticeBlock | HomeworkBlock | InstrumentBlock;

/** A block without an id. */
export type IdlessBlock = ProseBlock | ShowBlock | CoachNoteBlock | CrisisBlock;

/** Whether a block has a lesson-unique id. */
export function isIdBlock(block: Block): block is IdBlock {
  return block.type === 'item' || block.type === 'practice' || block.type === 'homework' || block.type === 'instrument';
}

/** The path segment of a block with an id: `item:<id>`, `practice:<id>`, … */
export function idSegment(block: IdBlock): string {
  return `${block.type}:${block.id}`;
}

/** An id-less block with its matching key and its display segment. */
export interface KeyedBlock {
  block: IdlessBlock;
  /** `<type>@<anchor id or ^>#<n>`: stable across insertions elsewhere. */
  key: string;
  /** `show:<condition>`, or `<type>:<n>` (1-based among its type in the container). */
  segment: string;
}

/** Keys the id-less blocks of one container. */
export function keyIdless(blocks: readonly Block[]): KeyedBlock[] {
  const keyed: KeyedBlock[] = [];
  const ordinals = new Map<string, number>();
  let anchor = '^';
  let sinceAnchor = new Map<string, number>();
  for (const block of blocks) {
    if (isIdBlock(block)) {
      anchor = block.id;
      sinceAnchor = new Map();
      continue;
    }
    const n = sinceAnchor.get(block.type) ?? 0;
    sinceAnchor.set(block.type, n + 1);
    const ordinal = (ordinals.get(block.type) ?? 0) + 1;
    ordinals.set(block.type, ordinal);
    keyed.push({ block, key: `${block.type}@${anchor}#${n}`, segment: block.type === 'show' ? `show:${block.source}` : `${block.type}:${ordinal}` });
  }
  return keyed;
}

/** Whether blocks hold a `<Crisis />` at any depth. */
export function containsCrisis(blocks: readonly Block[]): boolean {
  return blocks.some((block) => block.type === 'crisis' || (block.type === 'show' && containsCrisis(block.blocks)));
}

/** Where a block with an id sits in its lesson. */
export interface Placed {
  block: IdBlock;
  /** Container id: `step:<id>`, then `/<show key>` per enclosing Show. */
  container: string;
  /** Display path, ending with the block's own segment. */
  path: string[];
  /** 1-based position among the container's blocks. */
  position: number;
  /** Whether an enclosing Show also holds crisis content. */
  crisisGuarded: boolean;
}

/** Every block with an id in a lesson, by id, in document order. */
export function placeBlocks(lesson: Lesson): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  const walk = (blocks: readonly Block[], container: string, path: string[], crisisGuarded: boolean) => {
    const shows = new Map(keyIdless(blocks).map((keyed) => [keyed.block, keyed]));
    blocks.forEach((block, index) => {
      if (isIdBlock(block)) {
        if (!placed.has(block.id)) placed.set(block.id, { block, container, path: [...path, idSegment(block)], position: index + 1, crisisGuarded });
      } else if (block.type === 'show') {
        const keyed = shows.get(block)!;
        walk(block.blocks, `${container}/${keyed.key}`, [...path, keyed.segment], crisisGuarded || containsCrisis(block.blocks));
      }
    });
  };
  for (const step of lesson.steps) walk(step.blocks, `step:${step.id}`, [`step:${step.id}`], false);
  return placed;
}
