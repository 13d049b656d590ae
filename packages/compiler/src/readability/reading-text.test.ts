import fc from 'fast-check';
import { describe as group, expect, test } from 'vitest';
import { toReadingText, withoutLinks } from './reading-text.js';

group('toReadingText', () => {
  test('joins lines wrapped inside a paragraph and keeps paragraphs apart', () => {
    expect(toReadingText('Doing too much on good days\ncan lead to a flare-up.\n\nPacing helps.')).toBe(
      'Doing too much on good days can lead to a flare-up.\n\nPacing helps.',
    );
  });

  test('puts each list item on its own line, without its marker', () => {
    const list = 'Try one of these:\n\n- Walk for ten minutes\n- Rest\n  for five minutes\n* Stretch\n+ Sit\n1. Plan\n2) Do\n10. Review';
    expect(toReadingText(list).split('\n\n')).toEqual([
      'Try one of these:',
      'Walk for ten minutes',
      'Rest for five minutes',
      'Stretch',
      'Sit',
      'Plan',
      'Do',
      'Review',
    ]);
  });

  test('keeps hyphens and numbers that are not list markers', () => {
    expect(toReadingText('A flare-up -\nor not.\n2.5 hours is 150 minutes.')).toBe('A flare-up - or not. 2.5 hours is 150 minutes.');
  });

  test('removes link targets and email addresses', () => {
    expect(toReadingText('Read the guide (https://example.org/pain?x=1). Call tel:988, or write to help@example.org today.')).toBe(
      'Read the guide (). Call , or write to  today.',
    );
    expect(toReadingText('See http://example.org.')).toBe('See .');
  });

  test('removes links exactly as one pattern for both kinds would, whichever of `:` and `@` the text holds', () => {
    const both = /\b(?:https?:\/\/|mailto:|tel:)\S*[^\s.,;:!?)]|[^\s@()<>]+@[\w-]+(?:\.[\w-]+)+/gi;
    const piece = fc.constantFrom('https://example.org/a', 'mailto:help@example.org', 'tel:988', 'help@example.org', 'a@b', 'x:', ':', '@', 'Note:', ' ', '\n', '(', ')', '.', 'word', 'HTTP://X.ORG');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(withoutLinks(text)).toBe(text.replaceAll(both, ''));
      }),
      { numRuns: 2000 },
    );
  });

  test('accepts Windows line endings and ignores blank and empty text', () => {
    expect(toReadingText('One\r\ntwo.\r\n\r\nThree.')).toBe('One two.\n\nThree.');
    expect(toReadingText('')).toBe('');
    expect(toReadingText('\n \n\t\n')).toBe('');
  });
});
