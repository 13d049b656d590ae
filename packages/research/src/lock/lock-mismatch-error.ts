/**
 * The error thrown when a bundle does not match its lockfile.
 *
 * @module
 */

import type { LessonHashDifference, LockFieldDifference } from './types.js';

/**
 * Thrown by {@link assertLock} when a bundle differs from the pinned content.
 * The message names every lesson that differs.
 */
export class LockMismatchError extends Error {
  /** Stable error code. */
  readonly code = 'COPEKIT_LOCK_MISMATCH';
  /** Lessons whose hashes differ. */
  readonly differences: LessonHashDifference[];
  /** Curriculum-level pins that differ. */
  readonly fields: LockFieldDifference[];

  constructor(message: string, differences: LessonHashDifference[], fields: LockFieldDifference[]) {
    super(message);
    this.name = 'LockMismatchError';
    this.differences = differences;
    this.fields = fields;
  }
}
