import { describe, expect, it } from 'vitest';
import { compareIds, sameJson } from './canonical-json.js';

describe('sameJson', () => {
  it('ignores key order but not array order', () => {
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });
});

describe('compareIds', () => {
  it('orders like the default array sort', () => {
    const ids = ['pacing-basics', 'Z', 'a', 'daily-check-in', 'a-b', 'ab'];
    expect([...ids].sort(compareIds)).toEqual([...ids].sort());
  });
});
