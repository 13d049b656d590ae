/**
 * Content hashes of lessons and bundles.
 *
 * @module
 */

import { canonicalJson } from './canonical-json.js';
import { sha256Hex } from './sha256.js';

/**
 * The content hash of plain data: `sha256:` and the SHA-256 hex digest of its
 * {@link canonicalJson} text. Equal data gives equal hashes whatever the
 * order of object keys; strings are not Unicode-normalized.
 *
 * @throws {TypeError} when the value is not plain JSON data (see {@link canonicalJson}).
 * @example
 * ```ts
 * contentHash({ id: 'pacing-basics', minutes: 35 }) === contentHash({ minutes: 35, id: 'pacing-basics' }); // => true
 * contentHash('abc'); // => 'sha256:' + sha256Hex('"abc"')
 * ```
 */
export function contentHash(value: unknown): string {
  return `sha256:${sha256Hex(canonicalJson(value))}`;
}
