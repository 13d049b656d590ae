/**
 * Scores an instrument block from its items' answers.
 *
 * @module
 */

import type { AnswerValue, InstrumentScoring, ScoreBand } from '@copekit/schema';

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
 * What scoring needs of an instrument block: its definition's scoring rules and
 * the ids of the block's items (`<block id>-<item id>`, the ids answers use).
 */
export interface ScorableInstrument {
  definition: { scoring: InstrumentScoring };
  items: readonly { item: { id: string } }[];
}

/**
 * The score of an instrument block, or `undefined` until every item has a number
 * answer. `changed` reads one item with a new value instead of its answer. The
 * one scoring rule of Copekit: the engine scores live sessions with it, and
 * `@copekit/research` scores exported answers with it.
 *
 * @example
 * ```ts
 * import { scoreInstrument } from '@copekit/engine';
 *
 * const phq2 = {
 *   definition: bundle.instruments.find((instrument) => instrument.id === 'phq-2')!,
 *   items: [{ item: { id: 'mood-q1' } }, { item: { id: 'mood-q2' } }],
 * };
 * scoreInstrument(phq2, { 'mood-q1': 1, 'mood-q2': 2 }); // => { value: 3, band: { id: …, … }, positive: true }
 * ```
 */
export function scoreInstrument(
  entry: ScorableInstrument,
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
