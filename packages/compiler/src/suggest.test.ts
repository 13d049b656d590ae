import fc from 'fast-check';
import { describe as group, expect, test } from 'vitest';
import { editDistance, suggest } from './suggest.js';

group('editDistance', () => {
  test('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('answerd', 'answered')).toBe(1);
    expect(editDistance('answered', 'answerd')).toBe(1);
    expect(editDistance('pian', 'pain')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('abc', 'ca')).toBe(3);
  });

  test('lies between the difference of lengths and the longer length, and is 0 only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const distance = editDistance(a, b);
        expect(distance).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(distance).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(distance === 0).toBe(a === b);
      }),
    );
  });

  test('is symmetric', () => {
    const words = ['pain-now', 'pain-nw', 'mood', 'moods', 'overdo', 'over-do', ''];
    for (const a of words) for (const b of words) expect(editDistance(a, b)).toBe(editDistance(b, a));
  });
});

group('suggest', () => {
  test('suggests the closest candidate, ignoring case', () => {
    expect(suggest('pain-nw', ['mood', 'pain-now', 'pain-before'])).toBe('pain-now');
    expect(suggest('rating', ['Choice', 'Rating'])).toBe('Rating');
    expect(suggest('Pain-Now', ['pain-now'])).toBe('pain-now');
  });

  test('prefers the smaller distance, then the candidate listed first', () => {
    expect(suggest('moo', ['mood', 'moo-d', 'moon'])).toBe('mood');
    expect(suggest('pain-nox', ['pain-now', 'pain-nix', 'pain-no'])).toBe('pain-now');
    expect(suggest('pain-nox', ['pain-no', 'pain-now'])).toBe('pain-no');
  });

  test('suggests nothing when every candidate is too far', () => {
    expect(suggest('sleep', ['pain-now', 'mood'])).toBeUndefined();
    expect(suggest('mood', [])).toBeUndefined();
    expect(suggest('ab', ['xy'])).toBeUndefined();
  });

  test('allows about one change per three characters, at most three', () => {
    expect(suggest('ab', ['ax'])).toBe('ax');
    expect(suggest('abcdef', ['abxyef'])).toBe('abxyef');
    expect(suggest('abcdef', ['axyzef'])).toBeUndefined();
    expect(suggest('breathing-practice', ['breathing-practise'])).toBe('breathing-practise');
    expect(suggest('abcdefghijklmnop', ['abcdefghijklWXYZ'])).toBeUndefined();
    expect(suggest('abcdefghijklmnop', ['abcdefghijklmXYZ'])).toBe('abcdefghijklmXYZ');
  });

  test('accepts any iterable of candidates', () => {
    expect(suggest('yrd', new Set(['yard', 'chores']))).toBe('yard');
  });

  test('returns one of the candidates, or nothing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.array(fc.string({ maxLength: 10 }), { maxLength: 8 }), (name, candidates) => {
        const guess = suggest(name, candidates);
        if (guess !== undefined) expect(candidates).toContain(guess);
        if (name.length > 0 && candidates.includes(name)) expect(guess?.toLowerCase()).toBe(name.toLowerCase());
      }),
    );
  });
});
