/**
 * Reads the program's measures from a completed check-in's answers.
 *
 * @module
 */

import type { AnswerValue, MeasureValues } from '@copekit/schema';
import type { MeasureSource } from '../plan/read-measures.js';

/**
 * The measures in a check-in's `answers` (item id → value). A skipped or
 * hidden item gives no value, except practice minutes, which are 0 on a day
 * the participant said they did not practise.
 *
 * @example
 * ```ts
 * measureValues(measures, { 'pain-today': 4, practised: 'no', 'sleep-quality': 6 });
 * // => { pain: 4, practised: false, practiceMinutes: 0, sleepQuality: 6 }
 * ```
 */
export function measureValues(measures: readonly MeasureSource[], answers: Readonly<Record<string, AnswerValue>>): MeasureValues {
  const values: MeasureValues = {};
  for (const { key, item } of measures) {
    const value = Object.prototype.hasOwnProperty.call(answers, item) ? answers[item] : undefined;
    if (key === 'practised') {
      if (typeof value === 'string') values.practised = value === 'yes';
    } else if (typeof value === 'number') {
      values[key] = value;
    }
  }
  if (values.practised === false && values.practiceMinutes === undefined && measures.some(({ key }) => key === 'practiceMinutes')) {
    values.practiceMinutes = 0;
  }
  return values;
}

/**
 * Whether a check-in counts as a day practised: its `practised` answer, or
 * else practice minutes above 0; `undefined` when it says neither.
 *
 * @example
 * ```ts
 * practisedOn({ practiceMinutes: 15 }); // => true
 * ```
 */
export function practisedOn(values: MeasureValues): boolean | undefined {
  if (values.practised !== undefined) return values.practised;
  return values.practiceMinutes === undefined ? undefined : values.practiceMinutes > 0;
}
