import { describe, expect, it } from 'vitest';
import { didYouMean } from './did-you-mean.js';

describe('didYouMean', () => {
  it('suggests the closest candidate, or gives the fallback', () => {
    expect(didYouMean('Ratng', ['Rating', 'Choice'], 'Use a component.')).toBe('Did you mean `Rating`?');
    expect(didYouMean('Slider', ['Rating', 'Choice'], 'Use a component.')).toBe('Use a component.');
  });
});
