/**
 * Positions inside attribute values. remark-mdx positions the whole attribute
 * (`when="a > 1"`); problems inside a value (a condition, a cue time) point at
 * the characters themselves, so the value's start is found in the file text,
 * after the name, the `=` and the opening quote. The value remark-mdx gives
 * can differ from the text between the quotes (the indentation of
 * continuation lines is dropped, character references are decoded), so
 * offsets in the value are mapped onto the raw text.
 *
 * @module
 */

import type { MdxJsxAttribute } from 'mdast-util-mdx';
import type { Position } from 'unist';
import { anchored, pointAt, type AnchoredPoint } from '../parse/position.js';

/** Where a string attribute's value sits in the file. */
export interface ValueSpan {
  /** Point of the first character inside the quotes. */
  start: AnchoredPoint;
  /** The raw text between the quotes (character references not decoded). */
  raw: string;
}

/**
 * The span of a quoted attribute value in `text`, or `undefined` when the
 * attribute has no position or no quoted value.
 *
 * @example
 * // text: '<Show when="a > 1">'
 * valueSpan(text, attribute) // => { start: { line: 1, column: 13, offset: 12 }, raw: 'a > 1' }
 */
export function valueSpan(text: string, attribute: MdxJsxAttribute): ValueSpan | undefined {
  const anchor = anchored(attribute.position?.start);
  const end = attribute.position?.end.offset;
  if (anchor === undefined || end === undefined) return undefined;
  let index = anchor.offset + attribute.name.length;
  while (index < end && text.charAt(index) !== '"' && text.charAt(index) !== "'") index++;
  const quote = text.charAt(index);
  if (index >= end || text.charAt(end - 1) !== quote) return undefined;
  return { start: pointAt(text, index + 1, anchor), raw: text.slice(index + 1, end - 1) };
}

/**
 * The position in the file of `[from, to)`, offsets in `value` (the
 * attribute's value as remark-mdx gives it) inside the span.
 *
 * @example
 * // value 'a > 1' starting at 1:13
 * placeInValue(span, 'a > 1', 4, 5) // => { start: { line: 1, column: 17 }, end: { line: 1, column: 18 } }
 */
export function placeInValue(span: ValueSpan, value: string, from: number, to: number): Position {
  const startOffset = span.start.offset + rawOffset(value, span.raw, from);
  const endOffset = span.start.offset + rawOffset(value, span.raw, Math.max(from, to));
  const start = pointIn(span, startOffset);
  return { start, end: pointIn(span, endOffset, start) };
}

/**
 * The offset in `raw` of the character at `offset` in `value`: equal
 * characters are matched in order; white space only in `raw` is dropped
 * indentation, and `&…;` in `raw` is one decoded character reference.
 */
export function rawOffset(value: string, raw: string, offset: number): number {
  let index = 0;
  let position = 0;
  const wanted = Math.min(Math.max(offset, 0), value.length);
  while (index < wanted && position < raw.length) {
    const char = raw.charAt(position);
    if (char === value.charAt(index)) {
      index++;
      position++;
    } else if (char === '&' && raw.indexOf(';', position) !== -1) {
      index++;
      position = raw.indexOf(';', position) + 1;
    } else {
      position++;
    }
  }
  // Indentation dropped from the start of the next line belongs before it.
  while (position < raw.length && isIndentation(raw.charAt(position)) && raw.charAt(position) !== value.charAt(index)) position++;
  return position;
}

function isIndentation(char: string): boolean {
  return char === ' ' || char === '\t';
}

/** A point inside the value, found by walking the raw value text. */
function pointIn(span: ValueSpan, offset: number, anchor: AnchoredPoint = span.start): AnchoredPoint {
  // The raw value starts at `span.start.offset`; walk it as if it were the file.
  const shifted = { line: anchor.line, column: anchor.column, offset: anchor.offset - span.start.offset };
  const point = pointAt(span.raw, offset - span.start.offset, shifted);
  return { line: point.line, column: point.column, offset };
}
