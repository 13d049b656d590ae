/**
 * The state of lowering one lesson: a single pass in document order that
 * registers ids, records which items have been asked so far, and queues
 * conditions to check once every id of the lesson is known.
 *
 * @module
 */

import type { Condition } from '@copekit/schema';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import type { LessonContext } from './context.js';
import { IdScope } from './id-scope.js';
import type { ValueSpan } from './attribute-place.js';
import type { ResolvedItem } from '../conditions/index.js';

/** What a condition may know of an item: its answer type and options. */
export type AnswerShape = Omit<ResolvedItem, 'asked'>;

/** An answerable thing of the lesson, in the order it is asked. */
export interface AskedEntry {
  /** What its answer is, for type checks in conditions. */
  shape: AnswerShape;
  /** Position in asking order (0-based). */
  order: number;
}

/** A condition waiting to be checked at the end of the lesson. */
export interface PendingCondition {
  /** The condition as written. */
  source: string;
  /** Where its value sits in the file. */
  span: ValueSpan | undefined;
  /** Position of the whole attribute, used when the value cannot be placed. */
  place: Position | undefined;
  /** How many items had been asked where the condition stands. */
  askedBefore: number;
  /** The parsed condition. */
  condition: Condition;
}

/** Mutable state of one lesson's lowering. */
export interface LessonState {
  readonly file: VFile;
  /** The whole file text. */
  readonly text: string;
  readonly context: LessonContext;
  /** Step ids. */
  readonly steps: IdScope;
  /** Item, practice, homework and instrument block ids. */
  readonly items: IdScope;
  /** Everything a condition may refer to, by id. */
  readonly asked: Map<string, AskedEntry>;
  /** Conditions to check once the whole lesson is read. */
  readonly conditions: PendingCondition[];
  /** Patient-facing text of the current step, for the readability check. */
  patientText: string[];
  /** Whether the lesson shows `<Crisis />`. */
  hasCrisis: boolean;
  /**
   * Id prefixes (`<block id>-`) of instruments whose items are unknown
   * (reported); conditions on such items are not reported again.
   */
  readonly unknownItemPrefixes: string[];
}

/** A fresh state for `file`. */
export function createLessonState(file: VFile, text: string, context: LessonContext): LessonState {
  return {
    file,
    text,
    context,
    steps: new IdScope('step'),
    items: new IdScope('item'),
    asked: new Map(),
    conditions: [],
    patientText: [],
    hasCrisis: false,
    unknownItemPrefixes: [],
  };
}

/**
 * Registers an answerable id (item, instrument block or instrument item).
 * Returns `false` when the id is a duplicate (reported).
 */
export function addAnswerable(state: LessonState, id: string, shape: AnswerShape, place: Position | undefined): boolean {
  if (!state.items.add(state.file, id, place)) return false;
  state.asked.set(id, { shape, order: state.asked.size });
  return true;
}
