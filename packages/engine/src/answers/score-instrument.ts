/**
 * Scores an instrument block from its items' answers.
 *
 * @module
 */

import type { AnswerValue, ScoreBand } from '@copekit/schema';
import type { InstrumentEntry } from '../lesson/lesson-index.js';

/** An instrument score. */
export interface Score {
  /** Sum or mean of the item values, per the instrument's `scoring.method`. */
  value: number;
  /** The severity band the score falls in, or `null` when the instrument has none. */
  band: ScoreBand | null;
  /** Whether the score reaches `scoring.positiveAt`, or `null` when the instrument has no cut-off. */
  positive: boolean | null;
}

/**
 * The score of an instrument block, or `undefined` until every item has a number
 * answer. `changed` reads one item with a new value instead of its answer.
 *
 * @example
 * ```ts
 * scoreInstrument(phq9Entry, { 'phq-9-q1': 1, 'phq-9-q2': 2, … }); // => { value: 11, band: { id: 'moderate', … }, positive: true }
 * ```
 */
export function scoreInstrument(
  entry: InstrumentEntry,
  answers: { readonly [item: string]: AnswerValue } | undefined,
  changed?: { id: string; value: AnswerValue },
): Score | undefined {
  let sum = 0;
  for (const { item } of entry.items) {
    const value = item.id === changed?.id ? changed.value : answers?.[item.id];
    if (typeof value !== 'number') return undefined;
    sum += value;
  }
  const { scoring } = entry.definition;
  const value = scoring.method === 'mean' && entry.items.length > 0 ? sum / entry.items.length : sum;
  const band = scoring.bands?.find((candidate) => candidate.min <= value && value <= candidate.max) ?? null;
  const positive = scoring.positiveAt === undefined ? null : value >= scoring.positiveAt;
  return { value, band, positive };
}
