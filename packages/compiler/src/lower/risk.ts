/**
 * The `risk` attribute of `<Rating>` and `<NumberEntry>`: a threshold such as
 * `> 0` or `>= 7`, turned into a condition on the item itself.
 *
 * @module
 */

import type { Condition } from '@copekit/schema';
import type { MdxJsxAttribute } from 'mdast-util-mdx';
import { parseThreshold, thresholdToCondition } from '../conditions/index.js';
import { report } from '../diagnostics.js';
import { placeInValue, valueSpan } from './attribute-place.js';
import type { LessonState } from './state.js';

/**
 * The risk condition of item `id`, or `undefined` when the threshold does not
 * parse (reported at the characters in error).
 *
 * @example
 * // <Rating id="mood" … risk=">= 8" />
 * riskCondition(attribute, 'mood', state)
 * // => { type: 'compare', op: '>=', left: { type: 'ref', ref: { item: 'mood' } }, right: { type: 'number', value: 8 } }
 */
export function riskCondition(attribute: MdxJsxAttribute, id: string, state: LessonState): Condition | undefined {
  const source = typeof attribute.value === 'string' ? attribute.value : '';
  const parsed = parseThreshold(source);
  if (!('error' in parsed)) return thresholdToCondition(id, parsed);
  const { message, fix, start, end } = parsed.error;
  const span = valueSpan(state.text, attribute);
  report(state.file, {
    ruleId: 'condition-syntax',
    reason: message,
    place: span === undefined ? attribute.position : placeInValue(span, source, start, end),
    fix,
  });
  return undefined;
}
