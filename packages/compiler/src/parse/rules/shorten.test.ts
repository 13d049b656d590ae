import { expect, test } from 'vitest';
import { shorten } from './shorten.js';

test('collapses whitespace and line endings', () => {
  expect(shorten('  a\n  b\r\n\tc  ')).toBe('a b c');
});

test('cuts long text with an ellipsis, keeping short text whole', () => {
  expect(shorten('x'.repeat(40))).toBe('x'.repeat(40));
  expect(shorten('x'.repeat(41))).toBe(`${'x'.repeat(39)}…`);
  expect(shorten('abcdef', 4)).toBe('abc…');
});
