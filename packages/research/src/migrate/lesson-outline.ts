/**
 * What migration needs to know about one lesson of one version: its steps in
 * order, its items and practices by id, which steps are safety steps, and a
 * fingerprint of each step's content.
 *
 * @module
 */

import { conditionRefs } from '@copekit/engine/snapshot';
import { canonicalJson, type Block, type Bundle, type Item, type ItemRef, type Lesson } from '@copekit/schema';

/** An item and the id of its step. */
export interface PlacedItem {
  item: Item;
  step: string;
}

/** A lesson of one version, indexed by id. */
export interface LessonOutline {
  lesson: Lesson;
  /** Step ids in order. */
  steps: string[];
  items: ReadonlyMap<string, PlacedItem>;
  practices: ReadonlySet<string>;
  /** Steps with an item that has a risk rule, or crisis content; every step of the safety lesson. */
  safetySteps: ReadonlySet<string>;
  /** Step id → canonical JSON of the step and the definitions of the instruments it uses. */
  fingerprints: ReadonlyMap<string, string>;
  /** Every item reference made by its conditions (`<Show when>` and risk rules). */
  refs: ItemRef[];
}

/**
 * Outlines lesson `id` of `bundle`, or returns `undefined` when the bundle has no such lesson.
 *
 * @example
 * ```ts
 * outlineLesson(bundle, 'weekly-mood')?.safetySteps; // Set { 'more-mood', 'done' }
 * ```
 */
export function outlineLesson(bundle: Bundle, id: string): LessonOutline | undefined {
  const lesson = bundle.lessons.find((candidate) => candidate.id === id);
  if (lesson === undefined) return undefined;
  const isSafetyLesson = bundle.curriculum.safety.lesson === id;
  const items = new Map<string, PlacedItem>();
  const practices = new Set<string>();
  const safetySteps = new Set<string>();
  const fingerprints = new Map<string, string>();
  const refs: ItemRef[] = [];
  for (const step of lesson.steps) {
    const instruments = new Set<string>();
    let safety = isSafetyLesson;
    const walk = (blocks: readonly Block[]): void => {
      for (const block of blocks) {
        if (block.type === 'show') {
          refs.push(...conditionRefs(block.when));
          walk(block.blocks);
        } else if (block.type === 'crisis') {
          safety = true;
        } else if (block.type === 'practice') {
          practices.add(block.id);
        } else if (block.type === 'item' || block.type === 'instrument') {
          if (block.type === 'instrument') instruments.add(block.ref);
          for (const item of block.type === 'item' ? [block] : block.items) {
            items.set(item.id, { item, step: step.id });
            if (item.risk !== undefined) {
              safety = true;
              refs.push(...conditionRefs(item.risk));
            }
          }
        }
      }
    };
    walk(step.blocks);
    if (safety) safetySteps.add(step.id);
    const definitions = bundle.instruments.filter((instrument) => instruments.has(instrument.id));
    fingerprints.set(step.id, canonicalJson({ step, definitions }));
  }
  return { lesson, steps: lesson.steps.map((step) => step.id), items, practices, safetySteps, fingerprints, refs };
}
