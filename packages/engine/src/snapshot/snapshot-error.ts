/**
 * The error a restore throws when it refuses a snapshot. A snapshot is never
 * guessed at or repaired: it loads exactly, or it is refused with a `code`.
 *
 * @module
 */

/**
 * Why a snapshot was refused.
 *
 * @example
 * ```ts
 * if (error instanceof SnapshotError && error.code === 'checksum-mismatch') discard(saved);
 * ```
 */
export type SnapshotErrorCode =
  /** Not a snapshot: it does not match `schemas/snapshot.schema.json`. */
  | 'invalid-snapshot'
  /** Written in a snapshot format this engine does not read. */
  | 'unsupported-version'
  /** The checksum does not match the content: the snapshot was corrupted or edited. */
  | 'checksum-mismatch'
  /** The snapshot belongs to another curriculum. */
  | 'curriculum-mismatch'
  /** The lesson (or safety lesson) content differs from the bundle's: a different version. */
  | 'lesson-mismatch'
  /** The snapshot's lesson, participant or mode differs from the options. */
  | 'options-mismatch'
  /** The state names steps, items or values the lesson does not have. */
  | 'invalid-state'
  /** The snapshot is of a pinned session and was taken with another bundle. */
  | 'pinned-content';

/**
 * A refused snapshot, with a stable `code` and a message naming what differs.
 *
 * @example
 * ```ts
 * try {
 *   session = createSession(bundle, { ...options, snapshot: saved });
 * } catch (error) {
 *   if (error instanceof SnapshotError && error.code === 'lesson-mismatch') {
 *     session = createSession(bundle, options); // the lesson changed: start it again
 *   } else throw error;
 * }
 * ```
 */
/**
 * Brands every `SnapshotError`. Each entry point (`@copekit/engine`,
 * `@copekit/engine/snapshot`) is bundled on its own, so each holds a copy of
 * the class; the brand makes `instanceof` hold across the copies.
 */
const brand = Symbol.for('@copekit/engine:SnapshotError');

export class SnapshotError extends Error {
  /** True of a `SnapshotError` from any entry point of the engine. */
  static override [Symbol.hasInstance](value: unknown): value is SnapshotError {
    return typeof value === 'object' && value !== null && brand in value;
  }

  override readonly name = 'SnapshotError';
  readonly [brand] = true;
  /** Stable machine-readable reason. */
  readonly code: SnapshotErrorCode;

  constructor(code: SnapshotErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
