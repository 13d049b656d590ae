/**
 * Stamps a program record draft with its sequence number, clock time, ids and
 * the content, engine and program versions.
 *
 * @module
 */

import { ENGINE_VERSION } from '@copekit/engine';
import type { ProgramRecord } from '@copekit/schema';
import type { ProgramModel } from '../state/program-model.js';
import { PROGRAM_VERSION } from '../version.js';
import type { ProgramRecordDraft } from './record-draft.js';

/**
 * The full record for `draft`, number `seq`, written at clock time `at`.
 *
 * @example
 * ```ts
 * stampRecord(model, { type: 'coach.contacted', payload: { coach: 'c-7' } }, 12, now);
 * // => { seq: 12, at: now, type: 'coach.contacted', program: …, participant: …, curriculum: …, bundleHash: …, engineVersion: '0.1.0', programVersion: '0.1.0', payload: { coach: 'c-7' } }
 * ```
 */
export function stampRecord(model: Pick<ProgramModel, 'plan' | 'settings'>, draft: ProgramRecordDraft, seq: number, at: number): ProgramRecord {
  const { curriculum, hash } = model.plan.bundle;
  return {
    seq,
    at,
    type: draft.type,
    program: model.settings.program,
    participant: model.settings.participant,
    curriculum: curriculum.id,
    curriculumVersion: curriculum.version,
    bundleHash: hash,
    engineVersion: ENGINE_VERSION,
    programVersion: PROGRAM_VERSION,
    payload: draft.payload,
  } as ProgramRecord;
}
