/**
 * Checks the references and types of a parsed condition against what the
 * lesson has asked at the point where the condition appears.
 *
 * @module
 */

import type { Condition } from '@copekit/schema';
import { type CheckContext, createCheckContext } from './check-context.js';
import { checkCompare } from './check-compare.js';
import { checkIncludes } from './check-includes.js';
import type { ConditionProblem, ConditionScope } from './scope.js';
import { spanOf } from './spans.js';

/**
 * Check references and types; returns problems with offsets into the source.
 *
 * Finds unknown items (with a "did you mean"), items asked only later in the
 * lesson, unknown lessons, numbers compared with text, choices compared with
 * numbers, `<`/`>` on text, values that are not options of a choice,
 * `includes` on an item with one answer, `==` on a multiple choice, and
 * anything but `answered` on a thought record. Problems come in the order of
 * the condition text.
 *
 * Offsets come from the side table filled by `parseCondition`; parts of a
 * tree built another way (or copied) are reported over the whole `source`.
 *
 * @example
 * ```ts
 * const source = "mood == 'sad'";
 * const parsed = parseCondition(source);
 * if ('condition' in parsed) checkCondition(parsed.condition, source, scope);
 * // => [{ ruleId: 'condition-type',
 * //       reason: "'sad' is not an option of `mood`. Its options are 'low', 'ok' and 'good'.",
 * //       fix: 'Use one of its option values.', start: 8, end: 13 }]
 * ```
 */
export function checkCondition(condition: Condition, source: string, scope: ConditionScope): ConditionProblem[] {
  const problems: ConditionProblem[] = [];
  walk(createCheckContext(source, scope, problems), condition);
  return problems;
}

function walk(context: CheckContext, node: Condition): void {
  switch (node.type) {
    case 'and':
    case 'or':
      for (const operand of node.operands) walk(context, operand);
      return;
    case 'not':
      return walk(context, node.operand);
    case 'answered':
      context.resolve(node.ref, spanOf(node.ref) ?? context.where(node));
      return;
    case 'includes':
      return checkIncludes(context, node);
    case 'compare':
      return checkCompare(context, node);
  }
}
