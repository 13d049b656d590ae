/**
 * Counts sentences, words and syllables of English text with the unified
 * collective's tools: sentences and words come from `retext-english` (the
 * `parse-english` parser), syllables from `syllable`, the same building
 * blocks `retext-readability` uses.
 *
 * @module
 */

import retextEnglish from 'retext-english';
import { syllable } from 'syllable';
import { unified } from 'unified';

/** Counts of one sentence, with its range in the counted text. */
export interface SentenceCount {
  start: number;
  end: number;
  words: number;
  syllables: number;
}

/** One parser for every text: building a processor per call costs more than parsing a step. */
const english = unified().use(retextEnglish).freeze();

/** Syllables by lowercase word; vocabularies repeat, and `syllable` dominates the cost. */
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
  const sentences: SentenceCount[] = [];
  for (const paragraph of english.parse(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      let words = 0;
      let syllables = 0;
      for (const word of sentence.children) {
        if (word.type !== 'WordNode') continue;
        let value = '';
        for (const part of word.children) value += part.value;
        words++;
        syllables += syllablesOf(value);
      }
      if (words > 0) sentences.push({ start: sentence.position!.start.offset!, end: sentence.position!.end.offset!, words, syllables });
    }
  }
  return sentences;
}

function syllablesOf(word: string): number {
  const key = word.toLowerCase();
  let count = syllableCache.get(key);
  if (count === undefined) {
    if (syllableCache.size >= syllableCacheLimit) syllableCache.clear();
    count = Math.max(1, syllable(key));
    syllableCache.set(key, count);
  }
  return count;
}
