/**
 * Checks that a migration map names only items and steps that exist.
 *
 * @module
 */

import type { LessonPair, MigrationProblem } from './carry-lesson.js';

/**
 * Adds a problem for every item the map names that the old version lacks, or
 * sends to an item the new version lacks; and for every step that neither
 * version has, or sent to a step the new version lacks.
 *
 * @example
 * ```ts
 * checkMap(pair, problems); // `lesson.items['pain'].to` names `pain-today`, which 1.1.0 of daily-check-in does not have…
 * ```
 */
export function checkMap(pair: LessonPair, problems: MigrationProblem[]): void {
  const { old, now, rules, key } = pair;
  const lesson = old.lesson.id;
  const problem = (message: string) => problems.push({ code: 'invalid-map', message });
  for (const [item, rule] of Object.entries(rules?.items ?? {})) {
    if (!old.items.has(item)) problem(`\`${key}.items['${item}']\`: ${lesson} has no item \`${item}\` in ${pair.from}.`);
    if (rule.to !== undefined && !now.items.has(rule.to)) problem(`\`${key}.items['${item}'].to\`: ${lesson} has no item \`${rule.to}\` in ${pair.to}.`);
  }
  for (const [step, rule] of Object.entries(rules?.steps ?? {})) {
    if (!old.steps.includes(step) && !now.steps.includes(step)) problem(`\`${key}.steps['${step}']\`: ${lesson} has no step \`${step}\` in ${pair.from} or ${pair.to}.`);
    if (rule.to !== undefined && !now.steps.includes(rule.to)) problem(`\`${key}.steps['${step}'].to\`: ${lesson} has no step \`${rule.to}\` in ${pair.to}.`);
  }
}
