import type { Block } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { bundleWith, lessonOf, rating } from '../../test/fixtures/build.js';
import { bundle } from '../../test/fixtures/bundle.js';
import { compare } from '../../test/fixtures/conditions.js';
import { riskItems } from './risk-items.js';

describe('riskItems', () => {
  it('finds items with a risk rule, their own or their instrument’s', () => {
    expect([...riskItems(bundle, 'pacing-basics')].sort()).toEqual(['distress', 'phq-9-q9', 'safe-now']);
  });

  it('finds risk items inside <Show> blocks', () => {
    const shown: Block = { type: 'show', when: compare('pain', '>=', 7), source: 'pain >= 7', blocks: [rating('urge', { risk: compare('urge', '>=', 9) })] };
    const lesson = lessonOf('flare', [{ id: 'ask', title: 'Ask', blocks: [rating('pain'), shown] }]);
    expect([...riskItems(bundleWith(lesson), 'flare')]).toEqual(['urge']);
  });

  it('finds none in lessons without risk rules, or unknown lessons', () => {
    expect(riskItems(bundle, 'check-in').size).toBe(0);
    expect(riskItems(bundle, 'no-such-lesson').size).toBe(0);
  });
});
