/**
 * "Did you mean …?" for misspelled names of the feedback language.
 *
 * @module
 */

/**
 * The candidate closest to `name` (optimal string alignment distance, ignoring case) when at
 * most a third of its characters (at least 1, at most 3) must change.
 *
 * @example
 * ```ts
 * closest('pian', ['pain', 'sleep-quality']); // => 'pain'
 * closest('mood', ['pain']); // => undefined
 * ```
 */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const cost = distance(name.toLowerCase(), candidate);
    if (cost < bestDistance) [best, bestDistance] = [candidate, cost];
  }
  return best;
}

/** `Did you mean \`x\`?`, or `otherwise` when nothing is close. */
export function didYouMean(name: string, candidates: readonly string[], otherwise: string): string {
  const match = closest(name, candidates);
  return match === undefined ? otherwise : `Did you mean \`${match}\`?`;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost 1. */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i]!;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}
