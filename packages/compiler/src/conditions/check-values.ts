/**
 * Checks shared by comparisons and `includes`: option values of choices, and
 * thought records (whose answers only `answered` can check).
 *
 * @module
 */

import { printConditionString } from '@copekit/schema';
import type { CheckContext } from './check-context.js';
import { listValues } from './describe.js';
import type { ResolvedItem } from './scope.js';
import type { Span } from './spans.js';
import { suggest } from '../suggest.js';

/** Reports `value` (written at `span`) when the choice `name` has no such option. */
export function checkOption(context: CheckContext, item: ResolvedItem, name: string, value: string, span: Span): void {
  if (item.options === undefined || item.options.includes(value)) return;
  const guess = suggest(value, item.options);
  context.report(
    'condition-type',
    span,
    `${printConditionString(value)} is not an option of \`${name}\`. Its options are ${listValues(item.options)}.`,
    guess === undefined ? 'Use one of its option values.' : `Did you mean ${printConditionString(guess)}?`,
  );
}

/** Reports a thought record used in anything but `answered`. */
export function reportThoughtRecord(context: CheckContext, name: string, span: Span): void {
  context.report(
    'condition-type',
    span,
    `\`${name}\` is a thought record: conditions can only check whether it was answered.`,
    `Use \`answered(${name})\`.`,
  );
}
