/**
 * Stamps a record draft with its sequence number, clock time, session,
 * participant, content versions and engine version.
 *
 * @module
 */

import type { SessionRecord } from '@copekit/schema';
import type { ContentStamp } from '../core/content-stamp.js';
import type { SessionMeta } from '../snapshot/session-meta.js';
import type { RecordDraft } from './record-draft.js';

/** What every record of a session is stamped with. */
export interface RecordStamp {
  content: ContentStamp;
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
export function stampRecord({ content, meta }: RecordStamp, draft: RecordDraft, seq: number, at: number): SessionRecord {
  return {
    seq,
    at,
    type: draft.type,
    session: meta.session,
    participant: meta.participant,
    ...content,
    flow: draft.flow,
    step: draft.step,
    payload: draft.payload,
  } as SessionRecord;
}
