/**
 * Which items may be read as each program measure (`program.measures`).
 *
 * @module
 */

import type { Item } from '../types/bundle.js';
import type { ProgramMeasures } from '../types/manifest.js';

/** What each measure must be, for messages. */
const expected: Record<keyof ProgramMeasures, string> = {
  pain: 'a rating or a number',
  sleepQuality: 'a rating or a number',
  practised: 'a single choice with the option `yes`',
  practiceMinutes: 'a number',
  activityMinutes: 'a number',
};

/**
 * Why `item` cannot be read as the measure `key`, or `undefined` when it can.
 * Pain and sleep quality take a rating, a scale or a number; practice and
 * activity minutes a number; `practised` a single choice with an option `yes`.
 *
 * @example
 * ```ts
 * measureItemProblem('practiceMinutes', { kind: 'rating', id: 'minutes', label: 'Minutes', optional: false, min: 0, max: 10 });
 * // => '`practiceMinutes` must be a number, but `minutes` is a rating.'
 * ```
 */
export function measureItemProblem(key: keyof ProgramMeasures, item: Item): string | undefined {
  const fits =
    key === 'practised'
      ? item.kind === 'choice' && !item.multiple && item.options.some((option) => option.value === 'yes')
      : key === 'pain' || key === 'sleepQuality'
        ? item.kind === 'rating' || item.kind === 'scale' || item.kind === 'number'
        : item.kind === 'number';
  if (fits) return undefined;
  const what = item.kind === 'choice' ? (item.multiple ? 'a multiple choice' : 'a choice without the option `yes`') : `a ${item.kind.replace('-', ' ')}`;
  return `\`${key}\` must be ${expected[key]}, but \`${item.id}\` is ${what}.`;
}
