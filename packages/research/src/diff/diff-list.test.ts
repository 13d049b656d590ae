import { describe, expect, it } from 'vitest';
import { brief } from '../../test/brief.js';
import { compareValue, rootContext } from './change-context.js';
import { diffList } from './diff-list.js';
import type { Change } from './types.js';

type Entry = { id: string; n: number };
const run = (before: Entry[], after: Entry[], compare = true) => {
  const out: Change[] = [];
  diffList(rootContext(out), before, after, {
    subject: 'band',
    key: (entry) => entry.id,
    segment: (entry) => `band:${entry.id}`,
    ...(compare ? { compare: (here, was, now) => compareValue(here, 'band', 'n', was.n, now.n) } : {}),
  });
  return { out, lines: brief(out) };
};

describe('diffList', () => {
  it('records removed first, then added, moved and changed entries in new order', () => {
    const { lines } = run(
      [{ id: 'a', n: 1 }, { id: 'b', n: 2 }, { id: 'c', n: 3 }],
      [{ id: 'c', n: 3 }, { id: 'x', n: 9 }, { id: 'a', n: 5 }],
    );
    expect(lines).toEqual(['removed | band | band:b', 'added | band | band:x', 'moved | band | band:a | 1 → 3', 'changed | band | band:a | n | 1 → 5']);
  });

  it('carries the whole entry on added and removed changes', () => {
    const { out } = run([{ id: 'a', n: 1 }], [{ id: 'b', n: 2 }]);
    expect(out.map((change) => change.before ?? change.after)).toEqual([{ id: 'a', n: 1 }, { id: 'b', n: 2 }]);
  });

  it('records only presence and order without a compare function', () => {
    expect(run([{ id: 'a', n: 1 }], [{ id: 'a', n: 2 }], false).lines).toEqual([]);
  });
});
