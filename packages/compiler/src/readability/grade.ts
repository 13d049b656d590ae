/**
 * The reading grade of a whole text.
 *
 * @module
 */

import { countSentences, type SentenceCount } from './count.js';
import { toReadingText } from './reading-text.js';

/** The reading grade of a text and what it was computed from. */
export interface TextGrade {
  /** Flesch–Kincaid grade, rounded to one decimal, never below 0. */
  grade: number;
  /** Words counted. */
  words: number;
  /** Sentences counted (those with at least one word). */
  sentences: number;
  /** The sentence with the highest grade of its own, among sentences of 5 words or more. */
  hardest?: string;
}

/**
 * Sentences shorter than this are not candidates for the hardest sentence:
 * one long word skews a short sentence's grade (retext-readability's
 * `minWords` default).
 */
const hardestMinimumWords = 5;

/**
 * The Flesch–Kincaid grade level (Kincaid et al., 1975):
 * `0.39 × words per sentence + 11.8 × syllables per word − 15.59`.
 *
 * Flesch–Kincaid is the formula most health-literacy guidance and studies of
 * patient education materials report, word processors show it, and it is
 * stable on the 30–300 words of a step. SMOG, often advised for health
 * texts, is calibrated on samples of 30 sentences and reads a floor of about
 * grade 3 into short texts, so it is not used.
 *
 * @example
 * ```ts
 * fleschKincaidGrade({ words: 100, sentences: 10, syllables: 130 }); // => 3.65 (up to floating point)
 * ```
 */
export function fleschKincaidGrade(counts: { words: number; sentences: number; syllables: number }): number {
  return 0.39 * (counts.words / counts.sentences) + 11.8 * (counts.syllables / counts.words) - 15.59;
}

/**
 * The reading grade of the whole text (not of each sentence, as
 * retext-readability reports), with its word and sentence counts and its
 * hardest sentence. The text is read as {@link toReadingText} prepares it.
 * Text without words has grade 0.
 *
 * @example
 * ```ts
 * gradeText('Pacing means doing a little at a time. Take a short rest before the pain tells you to stop.');
 * // => { grade: 1.8, words: 19, sentences: 2, hardest: 'Pacing means doing a little at a time.' }
 * ```
 */
export function gradeText(text: string): TextGrade {
  const counted = countText(text);
  const result: TextGrade = { grade: counted.grade, words: counted.words, sentences: counted.sentences.length };
  const hardest = hardestSentence(counted);
  if (hardest !== undefined) result.hardest = hardest;
  return result;
}

/** A text as {@link toReadingText} prepares it, its sentences, and its grade and word count. */
export interface CountedText {
  reading: string;
  sentences: SentenceCount[];
  grade: number;
  words: number;
}

/**
 * The counts behind {@link gradeText}, without looking for the hardest
 * sentence, which the readability check only needs for a text it reports.
 *
 * @example
 * ```ts
 * countText('Rest. Then walk.').sentences.length; // => 2
 * ```
 */
export function countText(text: string): CountedText {
  const reading = toReadingText(text);
  const sentences = countSentences(reading);
  let words = 0;
  let syllables = 0;
  for (const sentence of sentences) {
    words += sentence.words;
    syllables += sentence.syllables;
  }
  const grade = words === 0 ? 0 : Math.max(0, Math.round(fleschKincaidGrade({ words, sentences: sentences.length, syllables }) * 10) / 10);
  return { reading, sentences, grade, words };
}

/**
 * The sentence with the highest grade of its own, among sentences of 5 words
 * or more, as text.
 *
 * @example
 * ```ts
 * hardestSentence(countText('Rest now. Chronic musculoskeletal pain persists everywhere.')); // => 'Chronic musculoskeletal pain persists everywhere.'
 * ```
 */
export function hardestSentence({ reading, sentences }: CountedText): string | undefined {
  let hardest: SentenceCount | undefined;
  let highest = Number.NEGATIVE_INFINITY;
  for (const sentence of sentences) {
    if (sentence.words < hardestMinimumWords) continue;
    const grade = fleschKincaidGrade({ words: sentence.words, sentences: 1, syllables: sentence.syllables });
    if (grade > highest) {
      hardest = sentence;
      highest = grade;
    }
  }
  return hardest === undefined ? undefined : reading.slice(hardest.start, hardest.end);
}
