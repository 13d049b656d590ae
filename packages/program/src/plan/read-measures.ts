/**
 * Reads `program.measures`: which check-in item gives each measure.
 *
 * @module
 */

import { measureItemProblem, type Lesson, type ProgramMeasures } from '@copekit/schema';
import { lessonItems } from './lesson-blocks.js';

/** A measure and the check-in item it is read from. */
export interface MeasureSource {
  key: keyof ProgramMeasures;
  item: string;
}

const keys: readonly (keyof ProgramMeasures)[] = ['pain', 'practised', 'practiceMinutes', 'activityMinutes', 'sleepQuality'];

/**
 * The measures of a program, each an item of the check-in lesson. Returns a
 * description of the first problem instead when one does not fit.
 *
 * @example
 * ```ts
 * readMeasures({ pain: 'daily-check-in.pain-today' }, checkIn); // => [{ key: 'pain', item: 'pain-today' }]
 * ```
 */
export function readMeasures(measures: ProgramMeasures | undefined, checkIn: Lesson | undefined): MeasureSource[] | string {
  const sources: MeasureSource[] = [];
  for (const key of keys) {
    const ref = measures?.[key];
    if (ref === undefined) continue;
    if (checkIn === undefined) return `\`program.measures.${key}\` needs a check-in lesson: set \`program.checkIn\``;
    const [lesson, item, ...rest] = ref.split('.');
    if (lesson !== checkIn.id || item === undefined || rest.length > 0) {
      return `\`program.measures.${key}\` is \`${ref}\`; write it as \`${checkIn.id}.<item id>\`, an item of the check-in lesson`;
    }
    const found = lessonItems(checkIn).get(item);
    if (found === undefined) return `\`program.measures.${key}\` names \`${item}\`, which is not an item of \`${checkIn.id}\``;
    const problem = measureItemProblem(key, found);
    if (problem !== undefined) return problem.slice(0, -1);
    sources.push({ key, item });
  }
  return sources;
}
