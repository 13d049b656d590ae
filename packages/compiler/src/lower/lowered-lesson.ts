/**
 * The per-lesson result of lowering, as plain JSON: what the cache stores and
 * what the linker needs for checks across lessons.
 *
 * @module
 */

import type { Lesson } from '@copekit/schema';
import type { Position } from 'unist';
import type { ResolvedItem } from '../conditions/index.js';
import type { AnchoredPoint } from '../parse/position.js';

/** A lowered lesson with the facts the cross-lesson checks need. */
export interface LoweredLesson {
  /** The lesson id from the front matter, when it is a string. */
  id: string | undefined;
  /** Where the front matter names the id (for duplicate lesson ids). */
  idPlace: Position | undefined;
  /** The lesson with its hash, or `undefined` when the front matter is invalid. */
  lesson: Lesson | undefined;
  /** Whether the lesson shows `<Crisis />` (required of the safety lesson). */
  hasCrisis: boolean;
  /** Conditions that refer to items of other lessons, checked at link time. */
  external: ExternalCondition[];
}

/** A condition with references to other lessons (`lesson-id.item-id`). */
export interface ExternalCondition {
  /** The condition as written. */
  source: string;
  /** Start of the value in the file. */
  start: AnchoredPoint;
  /** The raw value text between the quotes. */
  raw: string;
  /** The lesson's own items the condition refers to (`null`: unknown). */
  locals: Record<string, ResolvedItem | null>;
  /** Ids of the lesson's items, for suggestions. */
  candidates: string[];
}

/**
 * Whether a value read from a cache has the shape of a lowered lesson (a
 * cache persisted on disk may hold anything).
 */
export function isLoweredLesson(value: unknown): value is LoweredLesson {
  if (typeof value !== 'object' || value === null) return false;
  const lowered = value as Partial<Record<keyof LoweredLesson, unknown>>;
  return typeof lowered.hasCrisis === 'boolean' && Array.isArray(lowered.external) && (lowered.lesson === undefined || typeof lowered.lesson === 'object');
}
