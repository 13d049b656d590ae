/**
 * Wording shared by the checker's messages: how items, references and option
 * lists read to a clinical author.
 *
 * @module
 */

import { printConditionString, type ItemRef } from '@copekit/schema';
import type { ResolvedItem } from './scope.js';

/** A reference as written in a condition: `pain-now` or `lesson-id.item-id`. */
export function refText(ref: ItemRef): string {
  return ref.lesson === undefined ? ref.item : `${ref.lesson}.${ref.item}`;
}

/** What kind of answer an item has, with an article: "a number", "a single choice", … */
export function itemKind(item: ResolvedItem): string {
  switch (item.type) {
    case 'number':
      return 'a number';
    case 'string':
      return item.options === undefined ? 'a text answer' : 'a single choice';
    case 'string[]':
      return 'a multiple choice';
    case 'object':
      return 'a thought record';
  }
}

/** Quoted values joined for a sentence: `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`. */
export function listValues(values: readonly string[]): string {
  const quoted = values.map(printConditionString);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)!}`;
}

/** A value to show in examples: the item's first option, or `'value'`. */
export function exampleValue(item: ResolvedItem): string {
  return printConditionString(item.options?.[0] ?? 'value');
}
