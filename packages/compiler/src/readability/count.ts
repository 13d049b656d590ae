/**
 * Counts sentences, words and syllables of English text: sentences and words
 * as `retext-english` (the `parse-english` parser) finds them, by the same
 * rules without building a syntax tree (see `tokenize.ts`, `words.ts` and
 * `sentences.ts`), and syllables from `syllable`, the building blocks
 * `retext-readability` uses.
 *
 * @module
 */

import { syllable } from 'syllable';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';
import { mergeWords } from './words.js';

/** Counts of one sentence, with its range in the counted text. */
export interface SentenceCount {
  start: number;
  end: number;
  words: number;
  syllables: number;
}

/** Syllables by word as written; vocabularies repeat, and `syllable` dominates the cost. */
const syllableCache = new Map<string, number>();
const syllableCacheLimit = 20_000;

/**
 * The sentences of a text that contain at least one word, with their word
 * and syllable counts. Every word counts at least one syllable: `syllable`
 * gives 0 for numerals such as `10` or `2.5`, which readers still read as a
 * word.
 *
 * @example
 * ```ts
 * countSentences('Rest now. Pacing helps.');
 * // => [{ start: 0, end: 9, words: 2, syllables: 2 }, { start: 10, end: 23, words: 2, syllables: 3 }]
 * ```
 */
export function countSentences(text: string): SentenceCount[] {
  const tokens = tokenize(text);
  mergeWords(text, tokens);
  const counts: SentenceCount[] = [];
  for (const sentence of splitSentences(text, tokens)) {
    let words = 0;
    let syllables = 0;
    for (const token of sentence) {
      if (token.kind !== 'word') continue;
      words++;
      syllables += syllablesOf(text.slice(token.start, token.end));
    }
    if (words > 0) counts.push({ start: sentence[0]!.start, end: sentence.at(-1)!.end, words, syllables });
  }
  return counts;
}

function syllablesOf(word: string): number {
  let count = syllableCache.get(word);
  if (count === undefined) {
    if (syllableCache.size >= syllableCacheLimit) syllableCache.clear();
    count = Math.max(1, syllable(word.toLowerCase()));
    syllableCache.set(word, count);
  }
  return count;
}
