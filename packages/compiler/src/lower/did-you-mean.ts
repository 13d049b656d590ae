/**
 * The "did you mean" part of a fix hint.
 *
 * @module
 */

import { suggest } from '../suggest.js';

/**
 * `Did you mean \`x\`?` for the candidate closest to `name`, or `otherwise`
 * when none is close.
 *
 * @example
 * didYouMean('Ratng', ['Rating', 'Choice'], 'Use a documented component.') // => 'Did you mean `Rating`?'
 */
export function didYouMean(name: string, candidates: Iterable<string>, otherwise: string): string {
  const match = suggest(name, candidates);
  return match === undefined ? otherwise : `Did you mean \`${match}\`?`;
}
