/**
 * Matching of old and new collections by stable keys, never by position.
 *
 * @module
 */

/** The outcome of {@link matchBy}. */
export interface Matched<T> {
  /** Present only before, in old order. */
  removed: T[];
  /** Present only after, in new order. */
  added: T[];
  /** Present on both sides, as `[before, after]`, in new order. */
  pairs: [T, T][];
  /** The old entry of each new entry present on both sides. */
  partner: Map<T, T>;
}

/**
 * Matches two lists by a key (an id). Keys are assumed unique on each side;
 * a repeated key matches its first occurrence only.
 *
 * @example
 * ```ts
 * matchBy([{ id: 'a' }, { id: 'b' }], [{ id: 'b' }, { id: 'c' }], (x) => x.id);
 * // => { removed: [{ id: 'a' }], added: [{ id: 'c' }], pairs: [[{ id: 'b' }, { id: 'b' }]], partner: Map { … } }
 * ```
 */
export function matchBy<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): Matched<T> {
  const old = new Map<string, T>();
  for (const item of before) if (!old.has(key(item))) old.set(key(item), item);
  const seen = new Set<string>();
  const added: T[] = [];
  const pairs: [T, T][] = [];
  for (const item of after) {
    const id = key(item);
    if (seen.has(id)) continue;
    seen.add(id);
    const match = old.get(id);
    if (match === undefined) added.push(item);
    else pairs.push([match, item]);
  }
  return {
    removed: [...old.entries()].filter(([id]) => !seen.has(id)).map(([, item]) => item),
    added,
    pairs,
    partner: new Map(pairs.map(([before, after]) => [after, before])),
  };
}

/**
 * The keys present on both sides whose relative order changed: the common
 * keys outside a longest common subsequence of the two orders. Reordering two
 * neighbours moves one of them; inserting or removing others moves nothing.
 *
 * @example
 * ```ts
 * movedKeys(['a', 'b', 'c'], ['b', 'a', 'c']); // => Set { 'a' }
 * movedKeys(['a', 'b'], ['x', 'a', 'b']);      // => Set {}
 * ```
 */
export function movedKeys(before: readonly string[], after: readonly string[]): Set<string> {
  const inAfter = new Set(after);
  const inBefore = new Set(before);
  const left = before.filter((key) => inAfter.has(key));
  const right = after.filter((key) => inBefore.has(key));
  const kept = longestCommonSubsequence(left, right);
  return new Set(right.filter((key) => !kept.has(key)));
}

function longestCommonSubsequence(left: readonly string[], right: readonly string[]): Set<string> {
  const rows = left.length + 1;
  const cols = right.length + 1;
  const table = new Array<number>(rows * cols).fill(0);
  for (let i = left.length - 1; i >= 0; i--) {
    for (let j = right.length - 1; j >= 0; j--) {
      table[i * cols + j] = left[i] === right[j] ? table[(i + 1) * cols + j + 1]! + 1 : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  const kept = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (left[i] === right[j]) {
      kept.add(left[i]!);
      i++;
      j++;
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) i++;
    else j++;
  }
  return kept;
}
