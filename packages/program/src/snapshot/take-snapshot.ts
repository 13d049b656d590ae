/**
 * Writes a program snapshot.
 *
 * @module
 */

import { ENGINE_VERSION } from '@copekit/engine';
import type { ProgramSnapshot, SessionSnapshot } from '@copekit/schema';
import type { ProgramModel } from '../state/program-model.js';
import { PROGRAM_VERSION } from '../version.js';
import { canonicalJson, textChecksum } from './checksum.js';

/**
 * The snapshot of `model`, whose next record takes `seq`, with the snapshots
 * of its sessions in progress (in the order of `state.open`).
 *
 * @example
 * ```ts
 * takeSnapshot(model, 42, sessions).checksum; // => 'fnv1a32:…'
 * ```
 */
export function takeSnapshot(model: ProgramModel, seq: number, sessions: readonly SessionSnapshot[]): ProgramSnapshot {
  const { plan, settings, state } = model;
  const body: Omit<ProgramSnapshot, 'checksum'> = {
    schemaVersion: 1,
    programVersion: PROGRAM_VERSION,
    engineVersion: ENGINE_VERSION,
    curriculum: plan.bundle.curriculum.id,
    curriculumVersion: plan.bundle.curriculum.version,
    bundleHash: plan.bundle.hash,
    program: settings.program,
    participant: settings.participant,
    mode: settings.mode,
    region: settings.region,
    timeZone: settings.timeZone,
    startDate: settings.startDate,
    startedAt: settings.startedAt,
    seq,
    state,
    sessions: [...sessions],
  };
  const text = canonicalJson(body);
  return { ...(JSON.parse(text) as Omit<ProgramSnapshot, 'checksum'>), checksum: textChecksum(text) };
}
