import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wordDiff } from './word-diff.js';

const side = (parts: ReturnType<typeof wordDiff>, drop: 'added' | 'removed') =>
  parts
    .filter((part) => part.kind !== drop)
    .map((part) => part.text)
    .join('');

describe('wordDiff', () => {
  it('marks the changed words only', () => {
    expect(wordDiff('Doing too much can lead to a flare-up.', 'Doing too much can cause a flare-up.')).toMatchInlineSnapshot(`
      [
        {
          "kind": "same",
          "text": "Doing too much can ",
        },
        {
          "kind": "removed",
          "text": "lead to",
        },
        {
          "kind": "added",
          "text": "cause",
        },
        {
          "kind": "same",
          "text": " a flare-up.",
        },
      ]
    `);
  });

  it('gives one same run for equal text', () => {
    expect(wordDiff('same words', 'same words')).toEqual([{ kind: 'same', text: 'same words' }]);
  });

  it('rebuilds both texts from its parts, up to whitespace (jsdiff takes shared whitespace from the new text)', () => {
    const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
    const words = fc.array(fc.constantFrom('pain', 'rest', 'walk', 'slowly', '.', ','), { maxLength: 12 }).map((list) => list.join(' '));
    fc.assert(
      fc.property(words, words, (before, after) => {
        const parts = wordDiff(before, after);
        expect(norm(side(parts, 'added'))).toBe(norm(before));
        expect(norm(side(parts, 'removed'))).toBe(norm(after));
      }),
    );
  });
});
