/**
 * Timing helpers: warm up, then time several tasks in interleaved rounds and
 * take each task's median, so that a busy machine slows every task alike.
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
 * task's median duration in milliseconds, by name.
 */
export async function timeInterleaved<Name extends string>(tasks: Record<Name, Task>, rounds: number, warmups = 1): Promise<Record<Name, number>> {
  const names = Object.keys(tasks) as Name[];
  const durations = new Map<Name, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < warmups + rounds; round++) {
    const order = names.map((_, index) => names[(index + round) % names.length]!);
    for (const name of order) {
      const started = performance.now();
      await tasks[name](round);
      if (round >= warmups) durations.get(name)!.push(performance.now() - started);
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(durations.get(name)!)])) as Record<Name, number>;
}
