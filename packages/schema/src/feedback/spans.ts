/**
 * Where the parts of a parsed feedback condition were written, kept in a side
 * table so the tree stays plain data.
 *
 * @module
 */

/** A range `[start, end)` of offsets in the condition text. */
export interface Span {
  start: number;
  end: number;
}

const spans = new WeakMap<object, Span>();

/** Records where `node` was written and returns it. */
export function spanned<T extends object>(node: T, start: number, end: number): T {
  spans.set(node, { start, end });
  return node;
}

/** Where a node from `parseFeedbackCondition` was written. */
export function spanOf(node: object): Span {
  return spans.get(node) ?? { start: 0, end: 0 };
}
