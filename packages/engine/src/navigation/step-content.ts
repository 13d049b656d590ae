/**
 * Which steps have something to show, and what a step still needs before the
 * session may leave it.
 *
 * @module
 */

import type { Block } from '@copekit/schema';
import type { AnswerScope, ScopeData } from '../conditions/answer-scope.js';
import type { LessonIndex } from '../lesson/lesson-index.js';

/**
 * Whether step `index` of `lesson` shows anything now. A step whose content
 * all sits in `<Show>` blocks that are hidden (coach notes do not count) is
 * passed over by `next` and `back`.
 */
export function stepHasContent(lesson: LessonIndex, index: number, scope: AnswerScope): boolean {
  const entry = lesson.steps[index];
  if (entry === undefined) return false;
  return !entry.conditional || blocksHaveContent(entry.step.blocks, lesson, scope);
}

function blocksHaveContent(blocks: readonly Block[], lesson: LessonIndex, scope: AnswerScope): boolean {
  return blocks.some((block) => {
    if (block.type === 'coach-note') return false;
    if (block.type !== 'show') return true;
    return scope.holds(block.when, lesson) && blocksHaveContent(block.blocks, lesson, scope);
  });
}

/** The next step after `from` with content, or `null` when none is left. */
export function nextStepWithContent(lesson: LessonIndex, from: number, scope: AnswerScope): number | null {
  for (let index = from + 1; index < lesson.steps.length; index += 1) {
    if (stepHasContent(lesson, index, scope)) return index;
  }
  return null;
}

/** The previous step before `from` with content, or `null` when none is. */
export function previousStepWithContent(lesson: LessonIndex, from: number, scope: AnswerScope): number | null {
  for (let index = from - 1; index >= 0; index -= 1) {
    if (stepHasContent(lesson, index, scope)) return index;
  }
  return null;
}

/** Ids of the required, visible items of step `index` that have no answer yet. */
export function missingItems(lesson: LessonIndex, index: number, data: ScopeData, scope: AnswerScope): string[] {
  const answers = data.answers[lesson.lesson.id];
  const missing: string[] = [];
  for (const entry of lesson.steps[index]?.items ?? []) {
    if (entry.item.optional || answers?.[entry.item.id] !== undefined) continue;
    if (scope.visible(entry, lesson)) missing.push(entry.item.id);
  }
  return missing;
}
