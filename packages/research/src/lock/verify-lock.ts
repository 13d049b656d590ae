/**
 * Checks a bundle against a lockfile.
 *
 * @module
 */

import type { Bundle } from '@copekit/schema';
import { createLock } from './create-lock.js';
import { LockMismatchError } from './lock-mismatch-error.js';
import type { LessonHashDifference, LockFieldDifference, Lockfile, LockVerification } from './types.js';

/** Options of {@link verifyLock}. */
export interface VerifyLockOptions {
  /** The engine version in use; when given, it must equal the locked one. */
  engineVersion?: string;
}

/**
 * Compares a bundle with a lockfile: curriculum id, version, bundle hash and
 * every lesson hash (and the engine version, when `options.engineVersion` is
 * given). Lesson hashes are compared as recorded in the bundle.
 *
 * @example
 * ```ts
 * const result = verifyLock(lock, bundle);
 * if (!result.ok) {
 *   console.error(result.message);
 *   // result.differences: [{ lesson: 'pacing-basics', expected: 'sha256:…', actual: 'sha256:…' }]
 * }
 * ```
 */
export function verifyLock(lock: Lockfile, bundle: Bundle, options: VerifyLockOptions = {}): LockVerification {
  const actual = createLock(bundle, { engineVersion: options.engineVersion ?? lock.engineVersion });
  const fields: LockFieldDifference[] = [];
  const pin = (field: LockFieldDifference['field'], expected: string, found: string) => {
    if (expected !== found) fields.push({ field, expected, actual: found });
  };
  pin('curriculum.id', lock.curriculum.id, actual.curriculum.id);
  pin('curriculum.version', lock.curriculum.version, actual.curriculum.version);
  pin('bundleHash', lock.bundleHash, actual.bundleHash);
  pin('engineVersion', lock.engineVersion, actual.engineVersion);

  const differences: LessonHashDifference[] = [];
  const ids = [...new Set([...Object.keys(lock.lessons), ...Object.keys(actual.lessons)])].sort();
  for (const lesson of ids) {
    const expected = Object.hasOwn(lock.lessons, lesson) ? lock.lessons[lesson]! : null;
    const found = Object.hasOwn(actual.lessons, lesson) ? actual.lessons[lesson]! : null;
    if (expected !== found) differences.push({ lesson, expected, actual: found });
  }
  if (fields.length === 0 && differences.length === 0) return { ok: true };
  return { ok: false, differences, fields, message: mismatchMessage(lock, differences, fields) };
}

/**
 * Like {@link verifyLock}, but throws a {@link LockMismatchError} naming the
 * lessons that differ.
 *
 * @example
 * ```ts
 * assertLock(lock, bundle); // throws LockMismatchError when the content changed
 * ```
 */
export function assertLock(lock: Lockfile, bundle: Bundle, options: VerifyLockOptions = {}): void {
  const result = verifyLock(lock, bundle, options);
  if (!result.ok) throw new LockMismatchError(result.message, result.differences, result.fields);
}

function mismatchMessage(lock: Lockfile, differences: LessonHashDifference[], fields: LockFieldDifference[]): string {
  const lines = [`The bundle does not match copekit.lock.json (${lock.curriculum.id} ${lock.curriculum.version}):`];
  for (const { lesson, expected, actual } of differences) {
    if (expected === null) lines.push(`  - lesson "${lesson}" is in the bundle but not in the lock (added)`);
    else if (actual === null) lines.push(`  - lesson "${lesson}" is locked but missing from the bundle (removed)`);
    else lines.push(`  - lesson "${lesson}" changed: locked ${expected}, bundle ${actual}`);
  }
  for (const { field, expected, actual } of fields) lines.push(`  - ${field}: locked ${expected}, found ${actual}`);
  lines.push('Build the bundle from the locked curriculum version, or run `copekit lock` to pin the new content on purpose.');
  return lines.join('\n');
}
