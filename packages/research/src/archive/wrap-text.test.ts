import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wrapText } from './wrap-text.js';

describe('wrapText', () => {
  it('wraps at word boundaries', () => {
    expect(wrapText('Why pacing helps with pain', 12, 5)).toEqual(['Why pacing', 'helps with', 'pain']);
  });

  it('breaks words longer than a line', () => {
    expect(wrapText('abcdefghij x', 4, 5)).toEqual(['abcd', 'efgh', 'ij x']);
  });

  it('cuts to the line limit with an ellipsis', () => {
    expect(wrapText('Try a short break today', 10, 2)).toEqual(['Try a', 'short…']);
    expect(wrapText('aaaa bbbb cccc', 4, 2)).toEqual(['aaaa', 'bbb…']);
  });

  it('gives no lines for blank text', () => {
    expect(wrapText('  ', 10, 2)).toEqual([]);
  });

  it('never exceeds the width or the line limit and keeps every word when it fits', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 15 }), fc.integer({ min: 3, max: 20 }), fc.integer({ min: 1, max: 6 }), (words, width, maxLines) => {
        const lines = wrapText(words.join(' '), width, maxLines);
        expect(lines.length).toBeLessThanOrEqual(maxLines);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
        if (!lines.at(-1)?.endsWith('…')) expect(lines.join('').replace(/\s/g, '')).toBe(words.join(''));
      }),
    );
  });
});
