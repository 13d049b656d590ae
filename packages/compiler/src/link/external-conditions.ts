/**
 * Checks conditions that refer to another lesson's items
 * (`lesson-id.item-id`). Lowering keeps them aside (a cached lesson cannot
 * know the others); here every lesson is known. The lesson's own items are
 * resolved as lowering saw them at the condition's place.
 *
 * @module
 */

import type { Block, Item, Lesson } from '@copekit/schema';
import type { VFile } from 'vfile';
import { checkCondition, parseCondition, type ConditionScope, type ResolvedItem } from '../conditions/index.js';
import { collectRefs, isExternal, reportConditionProblems } from '../lower/conditions.js';
import type { LessonEntry } from './lesson-checks.js';

/**
 * Checks the external conditions of every lesson against `byId`.
 *
 * @example
 * checkExternalConditions(entries, byId, (path) => files.get(path));
 */
export function checkExternalConditions(
  entries: readonly LessonEntry[],
  byId: ReadonlyMap<string, LessonEntry>,
  fileOf: (path: string) => VFile,
): void {
  const indexes = new Map<string, Map<string, ResolvedItem>>();
  const itemsOf = (lesson: string): Map<string, ResolvedItem> | undefined => {
    const known = byId.get(lesson)?.lowered.lesson;
    if (known === undefined) return undefined;
    let index = indexes.get(lesson);
    if (index === undefined) indexes.set(lesson, (index = indexItems(known)));
    return index;
  };
  for (const { path, lowered } of entries) {
    for (const external of lowered.external) {
      const parsed = parseCondition(external.source);
      if ('error' in parsed) continue;
      // A lesson that exists but could not be lowered is reported on its own file.
      const refs = collectRefs(parsed.condition).filter((ref) => isExternal(ref, lowered.id));
      if (refs.some((ref) => byId.has(ref.lesson ?? '') && itemsOf(ref.lesson ?? '') === undefined)) continue;
      const scope: ConditionScope = {
        resolve(ref) {
          if (!isExternal(ref, lowered.id)) return external.locals[ref.item] ?? undefined;
          const index = itemsOf(ref.lesson ?? '');
          return index === undefined ? { unknownLesson: true } : index.get(ref.item);
        },
        candidates(ref) {
          if (!isExternal(ref, lowered.id)) return external.candidates;
          const index = itemsOf(ref.lesson ?? '');
          return index === undefined ? [...byId.keys()] : [...index.keys()];
        },
      };
      const problems = checkCondition(parsed.condition, external.source, scope);
      reportConditionProblems(fileOf(path), { start: external.start, raw: external.raw }, external.source, problems);
    }
  }
}

/** What a condition may know of every item (and instrument score) of a lesson. */
function indexItems(lesson: Lesson): Map<string, ResolvedItem> {
  const index = new Map<string, ResolvedItem>();
  const visit = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      if (block.type === 'item') index.set(block.id, shapeOf(block));
      else if (block.type === 'instrument') {
        index.set(block.id, { type: 'number', asked: true });
        for (const item of block.items) index.set(item.id, shapeOf(item));
      } else if (block.type === 'show') visit(block.blocks);
    }
  };
  for (const step of lesson.steps) visit(step.blocks);
  return index;
}

function shapeOf(item: Item): ResolvedItem {
  switch (item.kind) {
    case 'choice':
      return { type: item.multiple ? 'string[]' : 'string', options: item.options.map((option) => option.value), asked: true };
    case 'text':
      return { type: 'string', asked: true };
    case 'thought-record':
      return { type: 'object', asked: true };
    default:
      return { type: 'number', asked: true };
  }
}
