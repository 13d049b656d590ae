/**
 * The error a restore throws when it refuses a program snapshot. A snapshot is
 * never guessed at or repaired: it loads exactly, or it is refused with a `code`.
 *
 * @module
 */

/**
 * Why a program snapshot was refused.
 *
 * @example
 * ```ts
 * if (error instanceof ProgramSnapshotError && error.code === 'bundle-mismatch') askToFinishOnOldVersion();
 * ```
 */
export type ProgramSnapshotErrorCode =
  /** Not a program snapshot: it does not match `schemas/program-snapshot.schema.json`. */
  | 'invalid-snapshot'
  /** Written in a snapshot format this package does not read. */
  | 'unsupported-version'
  /** The checksum does not match the content: the snapshot was corrupted or edited. */
  | 'checksum-mismatch'
  /** The snapshot was taken with another bundle (another curriculum, version or content). */
  | 'bundle-mismatch'
  /** The snapshot's participant or mode differs from the options. */
  | 'options-mismatch'
  /** The state does not fit the bundle's program, or a session in it cannot be restored. */
  | 'invalid-state';

/**
 * A refused program snapshot, with a stable `code` and a message naming what differs.
 *
 * @example
 * ```ts
 * try {
 *   program = createProgram(bundle, { ...options, snapshot: saved });
 * } catch (error) {
 *   if (error instanceof ProgramSnapshotError) console.error(error.code, error.message);
 *   else throw error;
 * }
 * ```
 */
export class ProgramSnapshotError extends Error {
  override readonly name = 'ProgramSnapshotError';
  /** Stable machine-readable reason. */
  readonly code: ProgramSnapshotErrorCode;

  constructor(code: ProgramSnapshotErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
