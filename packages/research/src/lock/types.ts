/**
 * The lockfile (`copekit.lock.json`, `schemas/lockfile.schema.json`): pins a
 * trial to one curriculum version by its content hashes.
 *
 * @module
 */

/** Version of the lockfile format. */
export type LockfileVersion = 1;

/** The contents of `copekit.lock.json`. */
export interface Lockfile {
  /** Version of the lockfile format. */
  lockfileVersion: LockfileVersion;
  /** The curriculum the lock pins. */
  curriculum: LockedCurriculum;
  /** `sha256:<hex>` hash of the whole bundle. */
  bundleHash: string;
  /** Lesson id → `sha256:<hex>` lesson hash, keys sorted. */
  lessons: Record<string, string>;
  /** Version of `@copekit/engine` the trial runs the bundle with. */
  engineVersion: string;
}

/** Curriculum identity pinned by a lockfile. */
export interface LockedCurriculum {
  /** Curriculum id. */
  id: string;
  /** Semver curriculum version. */
  version: string;
}

/**
 * A lesson whose hash differs between the lock and the bundle. `expected` is
 * the locked hash (`null`: the lesson is new in the bundle), `actual` the
 * bundle's (`null`: the bundle lacks a locked lesson).
 */
export interface LessonHashDifference {
  lesson: string;
  expected: string | null;
  actual: string | null;
}

/** A curriculum-level pin that differs between the lock and the bundle. */
export interface LockFieldDifference {
  field: 'curriculum.id' | 'curriculum.version' | 'bundleHash' | 'engineVersion';
  expected: string;
  actual: string;
}

/** The outcome of {@link verifyLock}. */
export type LockVerification =
  | { ok: true }
  | {
      ok: false;
      /** Lessons whose hashes differ, sorted by lesson id. */
      differences: LessonHashDifference[];
      /** Curriculum-level pins that differ. */
      fields: LockFieldDifference[];
      /** A readable explanation naming every difference and how to fix it. */
      message: string;
    };
