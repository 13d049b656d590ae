/**
 * Writes a lockfile as deterministic text.
 *
 * @module
 */

import { canonicalJson } from '@copekit/schema';
import type { Lockfile } from './types.js';

/** The lockfile's conventional file name. */
export const LOCKFILE_NAME = 'copekit.lock.json';

/**
 * Serializes a lockfile deterministically: keys sorted at every depth,
 * 2-space indent, trailing newline. The same lock always gives the same bytes.
 *
 * @example
 * ```ts
 * serializeLock(createLock(bundle, { engineVersion: '0.1.0' }));
 * // => '{\n  "bundleHash": "sha256:…",\n  "curriculum": {…},\n  …\n}\n'
 * ```
 */
export function serializeLock(lock: Lockfile): string {
  // Parsing keeps the sorted key order, so re-indenting the canonical text keeps it too.
  return `${JSON.stringify(JSON.parse(canonicalJson(lock)), null, 2)}\n`;
}
