/**
 * Stamps a snapshot body with its checksum.
 *
 * @module
 */

import { canonicalJson, type SessionSnapshot } from '@copekit/schema';
import { textChecksum } from './checksum.js';

/**
 * The snapshot of `body`: a fresh JSON copy (keys sorted) with the checksum
 * over the canonical JSON of every field. Sealing does not check the body:
 * restore the result with `createSession`, which refuses a state that does not
 * fit the bundle.
 *
 * @example
 * ```ts
 * import { openSnapshot, sealSnapshot } from '@copekit/engine/snapshot';
 *
 * const { checksum: _old, ...body } = openSnapshot(saved);
 * const moved = sealSnapshot({ ...body, region: 'uk' });
 * ```
 */
export function sealSnapshot(body: Omit<SessionSnapshot, 'checksum'>): SessionSnapshot {
  const text = canonicalJson(body);
  return { ...(JSON.parse(text) as Omit<SessionSnapshot, 'checksum'>), checksum: textChecksum(text) };
}
