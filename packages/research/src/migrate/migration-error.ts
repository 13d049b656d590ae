/**
 * The error `migrateSnapshot` throws when it will not carry a session over.
 *
 * @module
 */

/**
 * Why a snapshot was not migrated.
 *
 * @example
 * ```ts
 * const code: MigrationErrorCode = 'safety-change';
 * ```
 */
export type MigrationErrorCode =
  /** The snapshot is not of `fromBundle` (another curriculum, or its lesson hashes differ). */
  | 'not-from-bundle'
  /** `toBundle` is another curriculum, or lacks the session's lesson. */
  | 'incompatible-bundle'
  /** The session is pinned and `options.pinned` is not `'migrate'`. */
  | 'pinned'
  /** An answered item changed kind, and the map does not say how to convert its answer. */
  | 'item-type-changed'
  /** The new item does not accept the answer (or the map's conversion of it). */
  | 'answer-invalid'
  /** A safety step the session reached changed, and the map does not mark it reviewed. */
  | 'safety-change'
  /** The map names an item or step that does not exist, or sends two items to one. */
  | 'invalid-map';

/**
 * A refused migration, with a stable `code` and a message naming every
 * problem and what to put in the map.
 *
 * @example
 * ```ts
 * try {
 *   migrateSnapshot(saved, v1, v2);
 * } catch (error) {
 *   if (error instanceof MigrationError && error.code === 'safety-change') askClinician(error.message);
 * }
 * ```
 */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  /** Stable machine-readable reason. */
  readonly code: MigrationErrorCode;

  constructor(code: MigrationErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
