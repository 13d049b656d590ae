import type { Bundle } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedBundle } from '../../test/support/shipped-bundle.js';
import { riskItems } from './risk-items.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await shippedBundle();
});

describe('riskItems', () => {
  it('finds risk items inside <Show> blocks and instruments', () => {
    expect([...riskItems(bundle, 'weekly-mood')].sort()).toEqual(['phq-9-q9', 'self-harm-thoughts']);
  });

  it('finds none in lessons without risk rules, the safety lesson, or unknown lessons', () => {
    expect(riskItems(bundle, 'daily-check-in').size).toBe(0);
    expect(riskItems(bundle, 'crisis-support').size).toBe(0);
    expect(riskItems(bundle, 'no-such-lesson').size).toBe(0);
  });
});
