/**
 * Builds a lockfile from a compiled bundle.
 *
 * @module
 */

import type { Bundle } from '@copekit/schema';
import { compareIds } from '../json/canonical-json.js';
import type { Lockfile } from './types.js';

/** Options of {@link createLock}. */
export interface CreateLockOptions {
  /** Version of `@copekit/engine` the trial runs, e.g. `0.1.0`. */
  engineVersion: string;
}

/**
 * Pins a bundle: curriculum id and version, the bundle hash, every lesson hash
 * (sorted by lesson id) and the engine version. The hashes are copied from the
 * bundle, which the compiler computed.
 *
 * @example
 * ```ts
 * import { createLock, serializeLock } from '@copekit/research';
 *
 * const lock = createLock(bundle, { engineVersion: '0.1.0' });
 * await writeFile('copekit.lock.json', serializeLock(lock));
 * ```
 */
export function createLock(bundle: Bundle, options: CreateLockOptions): Lockfile {
  const lessons: Record<string, string> = {};
  for (const lesson of [...bundle.lessons].sort((a, b) => compareIds(a.id, b.id))) {
    if (Object.hasOwn(lessons, lesson.id)) throw new Error(`The bundle holds lesson "${lesson.id}" twice; rebuild it with the compiler.`);
    lessons[lesson.id] = lesson.hash;
  }
  return {
    lockfileVersion: 1,
    curriculum: { id: bundle.curriculum.id, version: bundle.curriculum.version },
    bundleHash: bundle.hash,
    lessons,
    engineVersion: options.engineVersion,
  };
}
