import { describe as group, expect, test } from 'vitest';
import { checkReadability, minimumWordsToJudge, readabilityMessage } from './check.js';
import { gradeText } from './grade.js';
import { easyText, hardText } from './test-texts.js';

group('checkReadability', () => {
  test('finds nothing in plain language', () => {
    expect(checkReadability(easyText, 6)).toBeUndefined();
  });

  test('returns the grade and the hardest sentence of hard text', () => {
    const graded = gradeText(hardText);
    expect(checkReadability(hardText, 6)).toEqual({ grade: graded.grade, hardest: graded.hardest });
  });

  test('compares with the given maximum grade', () => {
    const { grade } = gradeText(easyText);
    expect(checkReadability(easyText, grade)).toBeUndefined();
    expect(checkReadability(easyText, grade - 0.1)).toEqual({ grade, hardest: gradeText(easyText).hardest });
  });

  test(`skips text under ${minimumWordsToJudge} words, however hard`, () => {
    const words = hardText.split(/\s+/);
    const short = words.slice(0, minimumWordsToJudge - 1).join(' ');
    const long = words.slice(0, minimumWordsToJudge).join(' ');
    expect(gradeText(short)).toMatchObject({ words: minimumWordsToJudge - 1 });
    expect(gradeText(short).grade).toBeGreaterThan(10);
    expect(checkReadability(short, 6)).toBeUndefined();
    expect(checkReadability(long, 6)?.grade).toBeGreaterThan(10);
  });

  test('leaves out the hardest sentence when no sentence is long enough to single out', () => {
    const text = Array.from({ length: 10 }, () => 'Catastrophizing intensifies suffering.').join(' ');
    expect(checkReadability(text, 6)).toEqual({ grade: gradeText(text).grade });
  });
});

group('readabilityMessage', () => {
  test('names the step, the grade, the target and the hardest sentence, with a fix', () => {
    expect(readabilityMessage('why-pacing', { grade: 8.4, hardest: 'Graded activity\nincreases tolerance.' }, 6)).toEqual({
      reason: 'Step `why-pacing` reads at grade 8.4 (target 6). Hardest sentence: "Graded activity increases tolerance.".',
      fix: 'Use shorter sentences and everyday words.',
    });
    expect(readabilityMessage('intro', { grade: 12 }, 8).reason).toBe('Step `intro` reads at grade 12 (target 8).');
  });

  test('shortens a very long hardest sentence', () => {
    const { reason } = readabilityMessage('long', { grade: 20, hardest: 'word '.repeat(100) }, 6);
    const quoted = /"(.*)"/.exec(reason)![1]!;
    expect(quoted).toHaveLength(160);
    expect(quoted.endsWith('word…')).toBe(true);
  });
});
