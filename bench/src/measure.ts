/**
 * Timing helpers: warm up, then time several tasks in interleaved rounds and
 * compare them round by round, so that a busy machine slows every task alike.
 *
 * @module
 */

/** Median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A task to time; it gets the round number (warm-ups first), so it can vary its input. */
export type Task = (round: number) => unknown;

/**
 * Runs every task once per round: `warmups` untimed rounds, then `rounds`
 * timed ones, starting each round with a different task. Resolves to each
 * task's durations in milliseconds, one per timed round, by name.
 */
export async function timeInterleaved<Name extends string>(tasks: Record<Name, Task>, rounds: number, warmups = 1): Promise<Record<Name, number[]>> {
  const names = Object.keys(tasks) as Name[];
  const durations = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
  for (let round = 0; round < warmups + rounds; round++) {
    const order = names.map((_, index) => names[(index + round) % names.length]!);
    for (const name of order) {
      const started = performance.now();
      await tasks[name](round);
      if (round >= warmups) durations[name].push(performance.now() - started);
    }
  }
  return durations;
}

/**
 * The ratio of two tasks' durations, taken round by round (so that a machine
 * that speeds up or slows down between rounds moves both alike), as the
 * median and the range over the rounds.
 */
export function pairedRatio(numerator: readonly number[], denominator: readonly number[]): { median: number; min: number; max: number } {
  const ratios = numerator.map((value, round) => value / denominator[round]!);
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}
