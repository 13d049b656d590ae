/**
 * One row of the answer export: one answer event of one item.
 *
 * @module
 */

import type { AnswerValue, DeliveryMode, Flow } from '@copekit/schema';

/**
 * One answer event (`item.answered` or `item.skipped`) as a row of the long
 * table. Column names are the same in CSV and JSONL.
 */
export interface ExportRow {
  /** Opaque participant id. */
  participant: string;
  /** Session id. */
  session: string;
  /** Position of the record in its session's log. */
  seq: number;
  /** When the answer was given, ISO 8601 in UTC. */
  time: string;
  /** Curriculum id. */
  curriculum: string;
  curriculum_version: string;
  bundle_hash: string;
  /** The lesson the item belongs to (the safety lesson for answers given in the safety flow). */
  lesson: string;
  /** Hash of that lesson, from the bundle. */
  lesson_hash: string;
  /** `lesson` or `safety`: whether the answer was given in the lesson or in the safety flow. */
  flow: Flow;
  step: string | null;
  item: string;
  /** `answered`, or `skipped` when an optional item was skipped (its value is then `null`). */
  event: 'answered' | 'skipped';
  value: AnswerValue | null;
  /**
   * Whether this event holds the item's answer at the end: the item's last
   * event in the session, an answer, and (when the session's lesson was
   * completed) one of the answers the completed lesson kept.
   */
  final: boolean;
  /** Instrument id, for items of an instrument block. */
  instrument: string | null;
  /** The instrument block's score after this event, once every item of the block has an answer. */
  score: number | null;
  /** Id of the severity band of `score`, if the instrument has bands. */
  band: string | null;
  /** `guided` or `self-directed`, from the session's `session.started` record (`null` if it is not in the input). */
  mode: DeliveryMode | null;
}

/** The columns of the export, in order. */
export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'participant',
  'session',
  'seq',
  'time',
  'curriculum',
  'curriculum_version',
  'bundle_hash',
  'lesson',
  'lesson_hash',
  'flow',
  'step',
  'item',
  'event',
  'value',
  'final',
  'instrument',
  'score',
  'band',
  'mode',
];
