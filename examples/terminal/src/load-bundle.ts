/**
 * Reads the compiled bundle the player runs.
 *
 * @module
 */

import type { Bundle } from '@copekit/schema';
import { readFileSync } from 'node:fs';
import { PlayerError } from './player-error.js';

/**
 * The bundle at `path`; throws a `PlayerError` (`bad-bundle`) that says how
 * to build it when it is missing or is not a bundle.
 *
 * @example
 * ```ts
 * loadBundle('out/bundle.json').curriculum.id; // => 'copekit-chronic-pain'
 * ```
 */
export function loadBundle(path: string): Bundle {
  const build = 'Build it with `pnpm copekit build curriculum --out out/bundle.json`, or pass --bundle.';
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new PlayerError('bad-bundle', `No bundle at ${path}. ${build}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PlayerError('bad-bundle', `${path} is not valid JSON (${(error as Error).message}). ${build}`);
  }
  const bundle = data as Partial<Bundle> | null;
  if (typeof bundle !== 'object' || bundle === null || bundle.schemaVersion !== 1 || !Array.isArray(bundle.lessons)) {
    throw new PlayerError('bad-bundle', `${path} is not a Copekit bundle (schemaVersion 1 with lessons). ${build}`);
  }
  return bundle as Bundle;
}
