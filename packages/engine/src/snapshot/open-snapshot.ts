/**
 * Reads a saved snapshot's format and checksum, before any content check.
 *
 * @module
 */

import { validateSnapshotCompact as validateSnapshot, type SessionSnapshot } from '@copekit/schema';
import { sealSnapshot } from './seal-snapshot.js';
import { SnapshotError } from './snapshot-error.js';

/**
 * The snapshot in `input` (parsed JSON), as a fresh copy, when it has this
 * engine's format version, matches `schemas/snapshot.schema.json` and its
 * checksum. Throws a `SnapshotError` (`unsupported-version`,
 * `invalid-snapshot` or `checksum-mismatch`) otherwise. It does not check the
 * snapshot against any bundle: `createSession` does that when restoring.
 *
 * @example
 * ```ts
 * import { openSnapshot } from '@copekit/engine/snapshot';
 *
 * const snapshot = openSnapshot(JSON.parse(saved));
 * console.log(snapshot.curriculumVersion, snapshot.state.step);
 * ```
 */
export function openSnapshot(input: unknown): SessionSnapshot {
  const version = (input as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version !== 1) {
    throw new SnapshotError('unsupported-version', `The snapshot has format version ${version}; this engine reads version 1.`);
  }
  if (!validateSnapshot(input)) {
    const error = validateSnapshot.errors?.[0];
    const where = error?.instancePath ? `at ${error.instancePath}` : 'at the top level';
    throw new SnapshotError('invalid-snapshot', `Not a Copekit session snapshot: ${where}, ${error?.message ?? 'invalid'}.`);
  }
  const { checksum, ...body } = input as SessionSnapshot;
  const sealed = sealSnapshot(body);
  if (sealed.checksum !== checksum) {
    throw new SnapshotError('checksum-mismatch', 'The snapshot does not match its checksum: it was corrupted or edited, so it cannot be trusted.');
  }
  return sealed;
}
