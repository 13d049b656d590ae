/**
 * Reads `program.feedback`: parses and checks each rule's condition, and sorts
 * the rules in the order they are tried.
 *
 * @module
 */

import { checkFeedbackCondition, parseFeedbackCondition, type FeedbackCondition, type FeedbackRule, type ProgramMeasures } from '@copekit/schema';

/** A feedback rule ready to evaluate. `condition` is `null` for a rule without `when`, which always holds. */
export interface ParsedFeedbackRule {
  id: string;
  condition: FeedbackCondition | null;
  message: string;
  priority: number;
}

/**
 * The rules by descending priority (on a tie, in the order written), or a
 * description of the first rule that does not check.
 *
 * @example
 * ```ts
 * readFeedback([{ id: 'well-done', when: 'days(practised) >= 5', message: 'Well done.', priority: 2 }], measures);
 * // => [{ id: 'well-done', condition: { type: 'compare', … }, message: 'Well done.', priority: 2 }]
 * ```
 */
export function readFeedback(rules: readonly FeedbackRule[] | undefined, measures: ProgramMeasures | undefined): ParsedFeedbackRule[] | string {
  const parsed: ParsedFeedbackRule[] = [];
  for (const rule of rules ?? []) {
    if (parsed.some((other) => other.id === rule.id)) return `two feedback rules have the id \`${rule.id}\``;
    if (rule.when === undefined) {
      parsed.push({ id: rule.id, condition: null, message: rule.message, priority: rule.priority });
      continue;
    }
    const [problem] = checkFeedbackCondition(rule.when, measures);
    if (problem !== undefined) return `feedback rule \`${rule.id}\`: ${problem.message} ${problem.fix}`;
    const result = parseFeedbackCondition(rule.when);
    if ('condition' in result) parsed.push({ id: rule.id, condition: result.condition, message: rule.message, priority: rule.priority });
  }
  return parsed.map((rule, index) => ({ rule, index })).sort((a, b) => b.rule.priority - a.rule.priority || a.index - b.index).map(({ rule }) => rule);
}
