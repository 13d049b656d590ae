/**
 * The `readability` rule: patient-facing text of a step should read at or
 * below a maximum grade (6 by default).
 *
 * @module
 */

import { countText, hardestSentence } from './grade.js';

/**
 * Texts with fewer words than this are not judged: on a short text one long
 * word moves the grade by several points (in a 15-word step, one
 * four-syllable word instead of a one-syllable word adds 2.4 grades).
 */
export const minimumWordsToJudge = 30;

/** A step that reads above the maximum grade. */
export interface ReadabilityFinding {
  grade: number;
  hardest?: string;
}

/**
 * Checks the patient-facing text of one step. Returns its grade and hardest
 * sentence when the grade is above `maxGrade`, and `undefined` when the text
 * reads at or below it or is too short to judge (under
 * {@link minimumWordsToJudge} words).
 *
 * @example
 * ```ts
 * checkReadability(stepText, 6); // => { grade: 8.4, hardest: 'Graded activity …' } or undefined
 * ```
 */
export function checkReadability(text: string, maxGrade: number): ReadabilityFinding | undefined {
  const counted = countText(text);
  const { grade, words } = counted;
  if (words < minimumWordsToJudge || grade <= maxGrade) return undefined;
  const hardest = hardestSentence(counted);
  return hardest === undefined ? { grade } : { grade, hardest };
}

/** Hardest sentences longer than this are cut in messages. */
const quoteLimit = 160;

/**
 * The message of the `readability` rule for a step, as `report` takes it.
 *
 * @example
 * ```ts
 * readabilityMessage('why-pacing', { grade: 8.4, hardest: 'Graded activity …' }, 6);
 * // => { reason: 'Step `why-pacing` reads at grade 8.4 (target 6). Hardest sentence: "Graded activity …".',
 * //      fix: 'Use shorter sentences and everyday words.' }
 * ```
 */
export function readabilityMessage(stepId: string, finding: ReadabilityFinding, maxGrade: number): { reason: string; fix: string } {
  let reason = `Step \`${stepId}\` reads at grade ${finding.grade} (target ${maxGrade}).`;
  if (finding.hardest !== undefined) reason += ` Hardest sentence: "${quote(finding.hardest)}".`;
  return { reason, fix: 'Use shorter sentences and everyday words.' };
}

function quote(sentence: string): string {
  const text = sentence.replaceAll(/\s+/g, ' ').trim();
  return text.length <= quoteLimit ? text : `${text.slice(0, quoteLimit - 1).trimEnd()}…`;
}
