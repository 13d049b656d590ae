/**
 * "Did you mean …?" suggestions for misspelled names: item ids, lesson ids,
 * option values, component and attribute names.
 *
 * @module
 */

/**
 * The candidate closest to `name`, or `undefined` when none is close enough.
 *
 * Closeness is the optimal string alignment distance (insertions, deletions,
 * substitutions and swaps of two neighbouring characters each cost 1),
 * ignoring case. A candidate is close enough when at most a third of the
 * name's characters (and at least 1, at most 3) must change. On a tie the
 * candidate listed first wins, so results are deterministic.
 *
 * @example
 * ```ts
 * suggest('pain-nw', ['pain-now', 'mood']); // => 'pain-now'
 * suggest('Rating', ['Rating', 'Choice']); // => 'Rating'
 * suggest('sleep', ['pain-now', 'mood']); // => undefined
 * ```
 */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Optimal string alignment distance between two strings (Levenshtein with
 * swaps of neighbouring characters), compared by UTF-16 code unit.
 *
 * @example
 * ```ts
 * editDistance('answerd', 'answered'); // => 1
 * editDistance('pian', 'pain'); // => 1
 * ```
 */
export function editDistance(a: string, b: string): number {
  // Three rolling rows: two rows back (for swaps), previous and current.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        distance = Math.min(distance, before[j - 2]! + 1);
      }
      current[j] = distance;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}
