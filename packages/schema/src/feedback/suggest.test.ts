import { expect, it } from 'vitest';
import { closest, didYouMean } from './suggest.js';

it('suggests the closest candidate within a third of the name', () => {
  expect(closest('pian', ['pain', 'practised'])).toBe('pain');
  expect(closest('SLEEP-QUALTY', ['pain', 'sleep-quality'])).toBe('sleep-quality');
  expect(closest('mood', ['pain', 'sessions'])).toBeUndefined();
});

it('prefers the first of equally close candidates', () => {
  expect(closest('man', ['max', 'min'])).toBe('max');
});

it('writes the fix hint', () => {
  expect(didYouMean('maen', ['mean'], 'Use mean.')).toBe('Did you mean `mean`?');
  expect(didYouMean('xyz', ['mean'], 'Use mean.')).toBe('Use mean.');
});
