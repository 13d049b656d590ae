/**
 * Types of `migrateSnapshot`: the migration map, its options and its result.
 *
 * @module
 */

import type { AnswerValue, SessionMigratedRecord, SessionSnapshot } from '@copekit/schema';

/**
 * How to carry one answered (or skipped) item to the new version. Without an
 * entry, an item keeps its id and its answer; an answer the new item does not
 * accept (another kind, a removed option, a narrower range) is refused.
 *
 * @example
 * ```ts
 * // `pain` became `pain-today`, a 0–100 slider instead of a 0–10 rating:
 * const pain: ItemMigration = { to: 'pain-today', value: (old) => (old as number) * 10 };
 * // Take an answer out of the live state (it stays in the records):
 * const notes: ItemMigration = { value: () => null };
 * ```
 */
export interface ItemMigration {
  /** The item's id in the new version (default: the same id). */
  to?: string;
  /**
   * Converts the old answer to one the new item accepts, or returns `null` to
   * take it out of the live answers. The result is checked against the new item.
   */
  value?: (old: AnswerValue) => AnswerValue | null;
}

/**
 * How to carry a session that is at (or has passed) one step.
 *
 * @example
 * ```ts
 * // A session at the removed step `limits` continues at `baseline`:
 * const limits: StepMigration = { to: 'baseline' };
 * // The risk rule on `more-mood` changed; a clinician reviewed it: carry sessions over it.
 * const moreMood: StepMigration = { reviewed: true };
 * ```
 */
export interface StepMigration {
  /** Where a session at this step continues (default: the same step, or the nearest earlier one that still exists). */
  to?: string;
  /** Carry the session over a change to this safety step (one with risk items or crisis content, or of the safety lesson) it has reached. */
  reviewed?: true;
}

/**
 * Migration rules for one lesson, keyed by the old ids.
 *
 * @example
 * ```ts
 * const rules: LessonMigration = { items: { pain: { to: 'pain-today' } }, steps: { limits: { to: 'baseline' } } };
 * ```
 */
export interface LessonMigration {
  /** Per answered or skipped item, by old id. */
  items?: { [item: string]: ItemMigration };
  /** Per step, by old id. */
  steps?: { [step: string]: StepMigration };
}

/**
 * What `migrateSnapshot` needs to be told: how items and steps that changed
 * are carried. Only changes that would lose meaning need an entry.
 *
 * @example
 * ```ts
 * const map: MigrationMap = {
 *   lesson: { items: { overdo: { value: (old) => (Array.isArray(old) ? old : [old as string]) } } },
 *   safety: { steps: { confirm: { reviewed: true } } },
 * };
 * ```
 */
export interface MigrationMap {
  /** The session's lesson. */
  lesson?: LessonMigration;
  /** The safety lesson (the follow-up questions and the safety flow's steps). */
  safety?: LessonMigration;
}

/**
 * Options of `migrateSnapshot`.
 *
 * @example
 * ```ts
 * migrateSnapshot(saved, v1, v2, map, { pinned: 'migrate', at: Date.now() });
 * ```
 */
export interface MigrateOptions {
  /** Clock time (ms since the epoch) of the `session.migrated` record; `Date.now()` when absent. */
  at?: number;
  /**
   * A pinned session is refused unless this is `'migrate'`: the trial
   * protocol decided to move it. It stays pinned, to the new content.
   */
  pinned?: 'migrate';
}

/**
 * What `migrateSnapshot` returns: the snapshot for the new bundle and the
 * record to append to the session's log (it takes the old snapshot's `seq`).
 *
 * @example
 * ```ts
 * const { snapshot, record } = migrateSnapshot(saved, v1, v2);
 * log.append(record);
 * storage.save(JSON.stringify(snapshot));
 * ```
 */
export interface MigrationResult {
  snapshot: SessionSnapshot;
  record: SessionMigratedRecord;
}
