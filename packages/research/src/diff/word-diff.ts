/**
 * Word-level text diffs with jsdiff.
 *
 * @module
 */

import { diffWords } from 'diff';
import type { WordChange } from './types.js';

/**
 * Splits two texts into runs of same, removed and added words.
 *
 * @example
 * ```ts
 * wordDiff('can lead to a flare-up', 'can cause a flare-up');
 * // => [{ kind: 'same', text: 'can ' }, { kind: 'removed', text: 'lead to' },
 * //     { kind: 'added', text: 'cause' }, { kind: 'same', text: ' a flare-up' }]
 * ```
 */
export function wordDiff(before: string, after: string): WordChange[] {
  return diffWords(before, after).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}
