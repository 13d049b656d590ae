/**
 * Reads a saved program snapshot back, refusing anything it cannot load
 * exactly: another format version, a shape that does not match the schema, a
 * checksum that does not match, another bundle, other options, or a state
 * that does not fit the bundle's program.
 *
 * @module
 */

import { validateProgramSnapshot, type DeliveryMode, type ProgramSnapshot } from '@copekit/schema';
import type { ProgramPlan } from '../plan/program-plan.js';
import { canonicalJson, textChecksum } from './checksum.js';
import { ProgramSnapshotError } from './program-snapshot-error.js';

/** What the host expects the snapshot to be. */
export interface ExpectedProgram {
  participant: string;
  mode: DeliveryMode;
}

/**
 * The snapshot in `input` (parsed JSON), checked against `plan` and `expected`.
 * Throws a `ProgramSnapshotError` when it cannot load exactly.
 *
 * @example
 * ```ts
 * const snapshot = restoreSnapshot(plan, JSON.parse(saved), { participant: 'p-1', mode: 'guided' });
 * ```
 */
export function restoreSnapshot(plan: ProgramPlan, input: unknown, expected: ExpectedProgram): ProgramSnapshot {
  const version = (input as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version !== 1) {
    throw new ProgramSnapshotError('unsupported-version', `The program snapshot has format version ${version}; this package reads version 1.`);
  }
  if (!validateProgramSnapshot(input)) {
    const error = validateProgramSnapshot.errors?.[0];
    const where = error?.instancePath ? `at ${error.instancePath}` : 'at the top level';
    throw new ProgramSnapshotError('invalid-snapshot', `Not a Copekit program snapshot: ${where}, ${error?.message ?? 'invalid'}.`);
  }
  const { checksum, ...body } = input;
  const text = canonicalJson(body);
  if (textChecksum(text) !== checksum) {
    throw new ProgramSnapshotError('checksum-mismatch', 'The program snapshot does not match its checksum: it was corrupted or edited, so it cannot be trusted.');
  }
  const snapshot = { ...(JSON.parse(text) as Omit<ProgramSnapshot, 'checksum'>), checksum };
  const { curriculum, hash } = plan.bundle;
  if (snapshot.bundleHash !== hash || snapshot.curriculum !== curriculum.id) {
    throw new ProgramSnapshotError(
      'bundle-mismatch',
      `The program snapshot was taken with ${snapshot.curriculum} ${snapshot.curriculumVersion} (${snapshot.bundleHash}), ` +
        `but this bundle is ${curriculum.id} ${curriculum.version} (${hash}). ` +
        'Programs cannot move between content versions yet: keep running it with the bundle it started with.',
    );
  }
  for (const [name, saved, wanted] of [
    ['participant', snapshot.participant, expected.participant],
    ['mode', snapshot.mode, expected.mode],
  ] as const) {
    if (saved !== wanted) throw new ProgramSnapshotError('options-mismatch', `The program snapshot's ${name} is \`${saved}\`, but the options ask for \`${wanted}\`.`);
  }
  const problem = stateProblem(plan, snapshot);
  if (problem !== null) throw new ProgramSnapshotError('invalid-state', `The program snapshot does not fit the bundle's program: ${problem}.`);
  return snapshot;
}

function stateProblem(plan: ProgramPlan, snapshot: Omit<ProgramSnapshot, 'checksum'>): string | null {
  const { state, sessions } = snapshot;
  const lessons = state.sessions.map((session) => session.lesson).join(', ');
  if (lessons !== plan.sessions.map((lesson) => lesson.id).join(', ')) return `its sessions are ${lessons}`;
  if (state.open.length !== sessions.length || state.open.some((open, index) => sessions[index]!.session !== open.session || sessions[index]!.lesson !== open.lesson)) {
    return 'the sessions in progress do not match their snapshots';
  }
  const checkIn = plan.checkIn?.id;
  const bad = state.open.find((open) => (open.kind === 'check-in' ? open.lesson !== checkIn : !state.sessions.some((session) => session.lesson === open.lesson)));
  return bad === undefined ? null : `\`${bad.lesson}\` is not the program's ${bad.kind}`;
}
