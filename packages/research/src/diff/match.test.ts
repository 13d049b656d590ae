import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchBy, movedKeys } from './match.js';

const id = (item: { id: string }) => item.id;

describe('matchBy', () => {
  it('splits into removed, added and pairs by key', () => {
    const before = [{ id: 'a', n: 1 }, { id: 'b', n: 2 }];
    const after = [{ id: 'c', n: 3 }, { id: 'b', n: 4 }];
    const matched = matchBy(before, after, id);
    expect(matched).toEqual({
      removed: [{ id: 'a', n: 1 }],
      added: [{ id: 'c', n: 3 }],
      pairs: [[{ id: 'b', n: 2 }, { id: 'b', n: 4 }]],
      partner: new Map([[after[1], before[1]]]),
    });
    expect(matched.partner.get(after[1]!)).toBe(before[1]);
    expect(matched.partner.has(after[0]!)).toBe(false);
  });

  it('pairs in new order, regardless of position', () => {
    const matched = matchBy([{ id: 'a' }, { id: 'b' }], [{ id: 'b' }, { id: 'a' }], id);
    expect(matched.pairs.map(([old]) => old.id)).toEqual(['b', 'a']);
    expect(matched.removed).toEqual([]);
    expect(matched.added).toEqual([]);
  });

  it('keeps the first of repeated keys', () => {
    expect(matchBy([{ id: 'a' }, { id: 'a' }], [{ id: 'a' }, { id: 'a' }], id).pairs).toHaveLength(1);
  });
});

describe('movedKeys', () => {
  it('finds a swapped neighbour', () => {
    expect([...movedKeys(['a', 'b', 'c'], ['b', 'a', 'c'])]).toEqual(['a']);
  });

  it('moves nothing when keys are only inserted or removed', () => {
    expect(movedKeys(['a', 'b', 'c'], ['x', 'a', 'c', 'y']).size).toBe(0);
  });

  it('finds one moved key when one key jumps to the front', () => {
    expect([...movedKeys(['a', 'b', 'c', 'd'], ['d', 'a', 'b', 'c'])]).toEqual(['d']);
  });

  it('leaves the kept keys in the same relative order on both sides', () => {
    const keys = fc.uniqueArray(fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 });
    fc.assert(
      fc.property(keys, keys, (before, after) => {
        const moved = movedKeys(before, after);
        const common = new Set(before.filter((key) => after.includes(key)));
        const keptBefore = before.filter((key) => common.has(key) && !moved.has(key));
        const keptAfter = after.filter((key) => common.has(key) && !moved.has(key));
        expect(keptAfter).toEqual(keptBefore);
        for (const key of moved) expect(common.has(key)).toBe(true);
        if (before.join() === after.join()) expect(moved.size).toBe(0);
      }),
    );
  });
});
