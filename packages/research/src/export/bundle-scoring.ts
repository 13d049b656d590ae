/**
 * Where each instrument item of a bundle sits, to score answers the way the
 * engine does.
 *
 * @module
 */

import type { ScorableInstrument } from '@copekit/engine';
import type { Block, Bundle, InstrumentDefinition } from '@copekit/schema';

/** An instrument block, scorable with `scoreInstrument`. */
export interface ScoredBlock extends ScorableInstrument {
  definition: InstrumentDefinition;
}

/** What the export needs of one bundle: lesson hashes and instrument blocks by item. */
export interface BundleScoring {
  bundle: Bundle;
  /** Lesson id → lesson hash. */
  lessonHashes: ReadonlyMap<string, string>;
  /** Lesson id → item id → the instrument block the item belongs to. */
  blocks: ReadonlyMap<string, ReadonlyMap<string, ScoredBlock>>;
}

/** Indexes the lessons and instrument blocks of `bundle`. */
export function bundleScoring(bundle: Bundle): BundleScoring {
  const definitions = new Map(bundle.instruments.map((definition) => [definition.id, definition]));
  const blocks = new Map<string, Map<string, ScoredBlock>>();
  for (const lesson of bundle.lessons) {
    const byItem = new Map<string, ScoredBlock>();
    const walk = (list: readonly Block[]) => {
      for (const block of list) {
        if (block.type === 'show') walk(block.blocks);
        if (block.type !== 'instrument') continue;
        const definition = definitions.get(block.ref);
        if (definition === undefined) continue;
        const scored: ScoredBlock = { definition, items: block.items.map((item) => ({ item: { id: item.id } })) };
        for (const item of block.items) byItem.set(item.id, scored);
      }
    };
    for (const step of lesson.steps) walk(step.blocks);
    blocks.set(lesson.id, byItem);
  }
  return { bundle, lessonHashes: new Map(bundle.lessons.map((lesson) => [lesson.id, lesson.hash])), blocks };
}
