/**
 * Turns a stream of engine records into rows of the answer export, one per
 * answer event, holding only the sessions still open.
 *
 * @module
 */

import { scoreInstrument } from '@copekit/engine';
import type { AnswerValue, Bundle, DeliveryMode, ItemAnsweredRecord, ItemSkippedRecord, LessonCompletedRecord, SessionRecord } from '@copekit/schema';
import { bundleScoring, type BundleScoring } from './bundle-scoring.js';
import type { ExportRow } from './export-row.js';

interface OpenSession {
  mode: DeliveryMode | null;
  /** Current answers, by lesson then item, to score instrument blocks. */
  answers: Map<string, Record<string, AnswerValue>>;
  /** The latest row of each item (by lesson and item), not written yet: whether it is final is known only at the end. */
  held: Map<string, ExportRow>;
}

/**
 * Builds export rows from records. A row is written as soon as a later event
 * of the same item replaces it (it is then not final); the latest row of each
 * item is held until the session's `lesson.completed` record (or the end of
 * the input), because whether it is final is only known then. Memory grows
 * with the sessions open at once (one row per item they answered), never
 * with the number of records.
 *
 * @example
 * ```ts
 * const table = new AnswerTable([bundle]);
 * for (const record of records) {
 *   const rows = table.add(record);
 *   if (typeof rows === 'string') throw new Error(rows);
 *   write(rows);
 * }
 * write(table.finish());
 * ```
 */
export class AnswerTable {
  readonly #bundles: Map<string, BundleScoring>;
  readonly #sessions = new Map<string, OpenSession>();

  /** `bundles`: every bundle the records were written with. */
  constructor(bundles: readonly Bundle[]) {
    this.#bundles = new Map(bundles.map((bundle) => [bundle.hash, bundleScoring(bundle)]));
  }

  /**
   * Takes the next record. Returns the rows now complete (often none): the
   * row an answer event replaces, or the held rows of a session whose lesson
   * was just completed. For a record that does not fit the bundles, returns a
   * message saying why (the record is then ignored).
   */
  add(record: SessionRecord): ExportRow[] | string {
    const scoring = this.#bundles.get(record.bundleHash);
    if (scoring === undefined) return this.#unknownBundle(record);
    const session = this.#open(record.session);
    switch (record.type) {
      case 'session.started':
        session.mode = record.payload.mode;
        return [];
      case 'item.answered':
      case 'item.skipped':
        return this.#answer(record, session, scoring);
      case 'lesson.completed':
        this.#sessions.delete(record.session);
        return settle(session, record);
      default:
        return [];
    }
  }

  /** The rows of every session still open (not completed in the input), in the order their sessions began. */
  finish(): ExportRow[] {
    const rows = [...this.#sessions.values()].flatMap((session) => settle(session, undefined));
    this.#sessions.clear();
    return rows;
  }

  #open(id: string): OpenSession {
    let session = this.#sessions.get(id);
    if (session === undefined) {
      session = { mode: null, answers: new Map(), held: new Map() };
      this.#sessions.set(id, session);
    }
    return session;
  }

  #answer(record: ItemAnsweredRecord | ItemSkippedRecord, session: OpenSession, scoring: BundleScoring): ExportRow[] | string {
    const { lesson, item } = record.payload;
    const lessonHash = scoring.lessonHashes.get(lesson);
    if (lessonHash === undefined) {
      return `answers an item of lesson \`${lesson}\`, which bundle ${record.bundleHash} (${record.curriculum} ${record.curriculumVersion}) does not have.`;
    }
    const answers = session.answers.get(lesson) ?? {};
    session.answers.set(lesson, answers);
    const value = record.type === 'item.answered' ? record.payload.value : null;
    if (value === null) delete answers[item];
    else answers[item] = value;
    const block = scoring.blocks.get(lesson)?.get(item);
    const score = block === undefined ? undefined : scoreInstrument(block, answers);
    const key = `${lesson}\u0000${item}`;
    const replaced = session.held.get(key);
    session.held.delete(key);
    session.held.set(key, {
      participant: record.participant,
      session: record.session,
      seq: record.seq,
      time: new Date(record.at).toISOString(),
      curriculum: record.curriculum,
      curriculum_version: record.curriculumVersion,
      bundle_hash: record.bundleHash,
      lesson,
      lesson_hash: lessonHash,
      flow: record.flow,
      step: record.step,
      item,
      event: record.type === 'item.answered' ? 'answered' : 'skipped',
      value,
      final: false,
      instrument: block?.definition.id ?? null,
      score: score?.value ?? null,
      band: score?.band?.id ?? null,
      mode: session.mode,
    });
    return replaced === undefined ? [] : [replaced];
  }

  #unknownBundle(record: SessionRecord): string {
    const known = [...this.#bundles.values()].map(({ bundle }) => `${bundle.hash} (${bundle.curriculum.id} ${bundle.curriculum.version})`);
    return `was written with bundle ${record.bundleHash} (${record.curriculum} ${record.curriculumVersion}), but the bundle given is ${known.join(' or ')}. Export with the bundle these records were made with.`;
  }
}

/** Marks which held rows of a session are final and hands them back, in the order of their events. */
function settle(session: OpenSession, completed: LessonCompletedRecord | undefined): ExportRow[] {
  const rows = [...session.held.values()];
  for (const row of rows) {
    const kept = completed === undefined || row.lesson !== completed.lesson || Object.hasOwn(completed.payload.answers, row.item);
    row.final = row.event === 'answered' && kept;
    row.mode ??= session.mode;
  }
  return rows;
}
