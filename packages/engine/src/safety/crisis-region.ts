/**
 * Picks the crisis resources a session shows.
 *
 * @module
 */

import type { CrisisConfig, CrisisRegion } from '@copekit/schema';

/**
 * The crisis region with id `region`, or the curriculum's default region when
 * `region` is absent or not configured. `indexBundle` has checked that the
 * default region exists.
 *
 * @example
 * ```ts
 * crisisRegion(bundle.curriculum.crisis, 'uk').id; // => 'uk'
 * crisisRegion(bundle.curriculum.crisis, 'fr').id; // => 'us' (the default)
 * ```
 */
export function crisisRegion(crisis: CrisisConfig, region: string | undefined): CrisisRegion {
  const found = crisis.regions.find((candidate) => candidate.id === region);
  return found ?? crisis.regions.find((candidate) => candidate.id === crisis.defaultRegion)!;
}
