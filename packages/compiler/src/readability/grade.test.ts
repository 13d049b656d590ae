import fc from 'fast-check';
import { describe as group, expect, test } from 'vitest';
import { fleschKincaidGrade, gradeText } from './grade.js';
import { easyText, hardText } from './test-texts.js';

group('fleschKincaidGrade', () => {
  test('is 0.39 × words per sentence + 11.8 × syllables per word − 15.59', () => {
    expect(fleschKincaidGrade({ words: 100, sentences: 10, syllables: 130 })).toBeCloseTo(3.9 + 15.34 - 15.59, 10);
    expect(fleschKincaidGrade({ words: 8, sentences: 1, syllables: 12 })).toBeCloseTo(3.12 + 17.7 - 15.59, 10);
    expect(fleschKincaidGrade({ words: 30, sentences: 1, syllables: 60 })).toBeCloseTo(11.7 + 23.6 - 15.59, 10);
  });
});

group('gradeText', () => {
  test('grades a sentence counted by hand', () => {
    // 8 words, 12 syllables, 1 sentence: 0.39 × 8 + 11.8 × 1.5 − 15.59 = 5.23.
    expect(gradeText('Chronic pain changes how the nervous system works.')).toEqual({
      grade: 5.2,
      words: 8,
      sentences: 1,
      hardest: 'Chronic pain changes how the nervous system works.',
    });
  });

  test('grades plain language at or below grade 6', () => {
    const result = gradeText(easyText);
    expect(result).toMatchObject({ words: 75, sentences: 9 });
    expect(result.grade).toBeLessThanOrEqual(6);
  });

  test('grades an abstract-style paragraph above grade 10', () => {
    const result = gradeText(hardText);
    expect(result).toMatchObject({ words: 42, sentences: 2 });
    expect(result.grade).toBeGreaterThan(10);
    expect(result.hardest).toMatch(/^Cognitive behavioral interventions .* self-efficacy\.$/);
  });

  test('grades the whole text: adding easy sentences lowers the grade of a hard one', () => {
    expect(gradeText(`${hardText} ${easyText}`).grade).toBeLessThan(gradeText(hardText).grade);
    expect(gradeText(`${hardText} ${easyText}`).grade).toBeGreaterThan(gradeText(easyText).grade);
  });

  test('picks the hardest sentence among sentences of five words or more', () => {
    const text = 'Catastrophizing intensifies. You can take a short walk. Pacing means planning activity in small amounts.';
    expect(gradeText(text).hardest).toBe('Pacing means planning activity in small amounts.');
    expect(gradeText('Rest now. Sit down.').hardest).toBeUndefined();
  });

  test('reads list items as sentences of their own', () => {
    const items = ['Walk to the shop and back', 'Rest for five minutes on the sofa', 'Water the plants in the garden', 'Call a friend for a chat'];
    const list = gradeText(`Try these:\n\n${items.map((item) => `- ${item}`).join('\n')}`);
    const runOn = gradeText(`Try these: ${items.join(' ')}`);
    expect(list.sentences).toBe(5);
    expect(runOn.sentences).toBe(1);
    expect(list.grade).toBeLessThan(runOn.grade);
  });

  test('reads numbers as short words', () => {
    const digits = gradeText('Walk for 10 minutes, 3 times a day, for 14 days. Then rest for 2.5 hours.');
    const words = gradeText('Walk for ten minutes, three times a day, for fourteen days. Then rest for two hours.');
    expect(digits.words).toBe(16);
    expect(digits.grade).toBeLessThanOrEqual(words.grade);
    expect(digits.grade).toBeLessThan(3);
  });

  test('does not count link targets as words', () => {
    expect(gradeText('Read the short guide on pacing (https://example.org/guides/pacing-for-chronic-pain).').words).toBe(6);
  });

  test('gives grade 0 to text without words and never a negative grade', () => {
    expect(gradeText('')).toEqual({ grade: 0, words: 0, sentences: 0 });
    expect(gradeText('...')).toEqual({ grade: 0, words: 0, sentences: 0 });
    // 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45
    expect(gradeText('The cat sat on the mat. The dog ran to the park.').grade).toBe(0);
  });

  test('rounds the grade to one decimal', () => {
    for (const text of [easyText, hardText, 'Chronic pain changes how the nervous system works.']) {
      const { grade } = gradeText(text);
      expect(Math.round(grade * 10) / 10).toBe(grade);
    }
  });

  test('reads headings, paragraphs and list items of a whole step', () => {
    const step = [
      'Why pacing helps',
      'Doing too much on good days\ncan lead to a flare-up.',
      '- Plan your day\n- Take breaks\n- Do a bit more each week',
      'You are in charge.',
    ].join('\n\n');
    expect(gradeText(step)).toMatchObject({ words: 29, sentences: 6, hardest: 'Doing too much on good days can lead to a flare-up.' });
  });

  test('returns finite counts for any text, in any script', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const { grade, words, sentences } = gradeText(text);
        expect(Number.isFinite(grade) && grade >= 0).toBe(true);
        expect(words).toBeGreaterThanOrEqual(sentences);
        expect(words === 0).toBe(sentences === 0);
      }),
      { numRuns: 200 },
    );
  });
});
