/**
 * Comparisons in the order of canonical JSON: equal data whatever the key
 * order, and ids in the order canonical JSON sorts keys.
 *
 * @module
 */

import { canonicalJson } from '@copekit/schema';

/** Whether two plain JSON values are equal, ignoring object key order. */
export function sameJson(left: unknown, right: unknown): boolean {
  return canonicalJson(left) === canonicalJson(right);
}

/** Code-unit order of ids, the order canonical JSON uses for keys. */
export function compareIds(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
