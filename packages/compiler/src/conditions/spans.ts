/**
 * Where each part of a parsed condition came from in its text. Kept in a side
 * table so the tree stays plain data of the schema shape: the table is keyed
 * by the tree's objects and forgets them when they are garbage collected.
 *
 * @module
 */

/** A range `[start, end)` of offsets in the condition text. */
export interface Span {
  start: number;
  end: number;
}

const spans = new WeakMap<object, Span>();
const valueSpans = new WeakMap<object, Span>();

/** Records where a condition, operand or item reference was written. */
export function setSpan(node: object, span: Span): void {
  spans.set(node, span);
}

/** Where a node was written, if it came from `parseCondition`. */
export function spanOf(node: object): Span | undefined {
  return spans.get(node);
}

/** Records where the quoted value of an `includes(id, 'value')` was written. */
export function setValueSpan(node: object, span: Span): void {
  valueSpans.set(node, span);
}

/** Where the quoted value of an `includes` condition was written. */
export function valueSpanOf(node: object): Span | undefined {
  return valueSpans.get(node);
}
