import { describe as group, expect, test } from 'vitest';
import { countSentences } from './count.js';

/** Each sentence as its text with its word and syllable counts. */
function sentences(text: string): string[] {
  return countSentences(text).map(({ start, end, words, syllables }) => `${text.slice(start, end)} | ${words} words, ${syllables} syllables`);
}

group('countSentences', () => {
  test('counts the words and syllables of each sentence', () => {
    // chron-ic pain chang-es how the nerv-ous sys-tem works: 8 words, 12 syllables.
    expect(sentences('Chronic pain changes how the nervous system works. Rest helps!')).toEqual([
      'Chronic pain changes how the nervous system works. | 8 words, 12 syllables',
      'Rest helps! | 2 words, 2 syllables',
    ]);
  });

  test('does not end sentences at abbreviations or decimal points', () => {
    expect(sentences('Dr. Smith walks 2.5 km, e.g. on good days.')).toEqual(['Dr. Smith walks 2.5 km, e.g. on good days. | 9 words, 10 syllables']);
  });

  test('counts contractions and hyphenated words as one word', () => {
    expect(sentences("Don't let a flare-up stop you.")).toEqual(["Don't let a flare-up stop you. | 6 words, 7 syllables"]);
  });

  test('counts a numeral as one word of one syllable', () => {
    expect(sentences('Walk 10 minutes at 3:30 today.')).toEqual(['Walk 10 minutes at 3:30 today. | 6 words, 8 syllables']);
  });

  test('ends a sentence at a blank line, not at a line break', () => {
    expect(sentences('Walk for ten minutes\n\nRest\nfor five')).toEqual([
      'Walk for ten minutes | 4 words, 5 syllables',
      'Rest\nfor five | 3 words, 3 syllables',
    ]);
  });

  test('leaves out sentences without words', () => {
    expect(sentences('!!! ???')).toEqual([]);
    expect(sentences('')).toEqual([]);
  });

  test('counts the same word the same way whatever its case', () => {
    expect(countSentences('Relaxation RELAXATION relaxation.')[0]!.syllables).toBe(12);
  });
});
