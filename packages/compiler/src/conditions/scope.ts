/**
 * What the condition checker needs to know about the lesson around a
 * condition, and what it reports.
 *
 * @module
 */

import type { ItemRef } from '@copekit/schema';

/**
 * An item a condition refers to, as known where the condition appears.
 *
 * `type` is the type of its answer: `number` for ratings, number entries,
 * instrument items and instrument scores; `string` for single choices and
 * text entries; `string[]` for multiple choices; `object` for thought
 * records.
 */
export interface ResolvedItem {
  type: 'number' | 'string' | 'string[]' | 'object';
  /** Option values of a choice (single or multiple); absent for other items. */
  options?: readonly string[];
  /** `false` when the item is declared later in the lesson, so not yet asked at this point. */
  asked: boolean;
}

/** Type environment: what is known at the point where the condition appears. */
export interface ConditionScope {
  /**
   * Look up an item by reference: its kind and (for choices) option values,
   * `{ unknownLesson: true }` when `ref.lesson` names no lesson, or
   * `undefined` if the item is unknown. `asked` false = declared later in the
   * lesson (not yet asked at this point).
   */
  resolve(ref: ItemRef): ResolvedItem | { unknownLesson: true } | undefined;
  /**
   * Known ids in scope, for "did you mean": the item ids of the lesson that
   * `ref` points into (this lesson, or `ref.lesson`). When `ref.lesson` names
   * no lesson, the known lesson ids.
   */
  candidates(ref: ItemRef): readonly string[];
}

/** A problem found by `checkCondition`, with its range in the condition text. */
export interface ConditionProblem {
  ruleId: 'condition-syntax' | 'condition-reference' | 'condition-type' | 'unknown-lesson';
  /** What is wrong, written for a clinical author. */
  reason: string;
  /** How to fix it. */
  fix: string;
  /** Offset of the first character concerned in the condition text. */
  start: number;
  /** Offset just after the last character concerned. */
  end: number;
}
