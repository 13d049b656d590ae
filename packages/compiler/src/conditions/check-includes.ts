/**
 * Checks `includes(id, 'value')`: the item must be a multiple choice and the
 * value one of its options.
 *
 * @module
 */

import { printConditionString, type IncludesCondition } from '@copekit/schema';
import type { CheckContext } from './check-context.js';
import { checkOption, reportThoughtRecord } from './check-values.js';
import { itemKind, refText } from './describe.js';
import { spanOf, valueSpanOf } from './spans.js';

/** Checks one `includes` condition. */
export function checkIncludes(context: CheckContext, condition: IncludesCondition): void {
  const span = context.where(condition);
  const item = context.resolve(condition.ref, spanOf(condition.ref) ?? span);
  if (item === undefined) return;
  const name = refText(condition.ref);
  if (item.type === 'object') return reportThoughtRecord(context, name, span);
  if (item.type === 'string[]') return checkOption(context, item, name, condition.value, valueSpanOf(condition) ?? span);
  context.report(
    'condition-type',
    span,
    `\`includes\` checks items that allow several answers, but \`${name}\` (${itemKind(item)}) has one answer.`,
    item.type === 'number' ? `Compare it with a number, like \`${name} >= 7\`.` : `Use \`${name} == ${printConditionString(condition.value)}\`.`,
  );
}
