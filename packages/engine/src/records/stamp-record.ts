/**
 * Stamps a record draft with its sequence number, clock time, session,
 * participant, content versions and engine version.
 *
 * @module
 */

import type { SessionRecord } from '@copekit/schema';
import type { SessionEnv } from '../core/session-env.js';
import type { SessionMeta } from '../snapshot/session-meta.js';
import { ENGINE_VERSION } from '../version.js';
import type { RecordDraft } from './record-draft.js';

/** What every record of a session is stamped with. */
export interface RecordStamp {
  env: SessionEnv;
  meta: SessionMeta;
}

/**
 * The full record for `draft`, number `seq`, written at clock time `at`.
 *
 * @example
 * ```ts
 * stampRecord(stamp, { type: 'session.exited', flow: 'lesson', step: 'plan', payload: {} }, 12, 1_700_000_000_000);
 * // => { seq: 12, at: 1700000000000, type: 'session.exited', session: …, lessonHash: 'sha256:…', engineVersion: '0.1.0', flow: 'lesson', step: 'plan', payload: {} }
 * ```
 */
export function stampRecord({ env, meta }: RecordStamp, draft: RecordDraft, seq: number, at: number): SessionRecord {
  const { bundle } = env.bundle;
  return {
    seq,
    at,
    type: draft.type,
    session: meta.session,
    participant: meta.participant,
    curriculum: bundle.curriculum.id,
    curriculumVersion: bundle.curriculum.version,
    bundleHash: bundle.hash,
    lesson: env.lesson.lesson.id,
    lessonHash: env.lesson.lesson.hash,
    engineVersion: ENGINE_VERSION,
    flow: draft.flow,
    step: draft.step,
    payload: draft.payload,
  } as SessionRecord;
}
