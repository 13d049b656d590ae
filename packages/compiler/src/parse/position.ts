/**
 * Offsets to line/column points, without indexing the whole file: a point is
 * computed by walking from a known point (the start of the file, or a point a
 * parser reported) to the wanted offset, so the cost is the distance between
 * the two.
 *
 * @module
 */

import type { Point } from 'unist';

/** A point whose offset is known. */
export interface AnchoredPoint {
  line: number;
  column: number;
  offset: number;
}

/** The first character of a file. */
export const fileStart: Readonly<AnchoredPoint> = Object.freeze({ line: 1, column: 1, offset: 0 });

/**
 * The point of `offset` in `text`, walking from `anchor` (forward or
 * backward). Line endings are `\n`, `\r\n` or `\r`, as in micromark.
 *
 * @example
 * pointAt('a\nbc', 3) // => { line: 2, column: 2, offset: 3 }
 */
export function pointAt(text: string, offset: number, anchor: AnchoredPoint = fileStart): AnchoredPoint {
  let line = anchor.line;
  let index = anchor.offset;
  if (offset >= index) {
    for (; index < offset; index++) if (isLineEnd(text, index)) line++;
  } else {
    for (index--; index >= offset; index--) if (isLineEnd(text, index)) line--;
  }
  if (line === anchor.line) {
    return { line, column: anchor.column + offset - anchor.offset, offset };
  }
  return { line, column: offset - lineStart(text, offset) + 1, offset };
}

/** A point that is known to carry its offset. */
export function anchored(point: Point | undefined): AnchoredPoint | undefined {
  if (point === undefined || point.offset === undefined) return undefined;
  return { line: point.line, column: point.column, offset: point.offset };
}

/** Whether the character at `index` ends a line (`\r` of `\r\n` does not). */
function isLineEnd(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10);
}

/** Offset of the first character of the line holding `offset`. */
function lineStart(text: string, offset: number): number {
  let index = offset - 1;
  while (index >= 0 && !isLineEnd(text, index)) index--;
  return index + 1;
}
