import { expect, test } from 'vitest';
import { blankPrefix } from './blank.js';

test('blanks the prefix, keeping every line ending and the length', () => {
  const text = '---\r\nid: a\n---\nHi';
  const blanked = blankPrefix(text, 14);
  expect(blanked).toBe('   \r\n     \n   \nHi');
  expect(blanked.length).toBe(text.length);
});

test('leaves the text alone when there is nothing to blank', () => {
  const text = 'Hi';
  expect(blankPrefix(text, 0)).toBe(text);
});
