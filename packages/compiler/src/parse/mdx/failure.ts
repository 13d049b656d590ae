/**
 * A parse error of remark-mdx as plain data, and the shape of its
 * explanation for an author.
 *
 * @module
 */

import type { Point, Position } from 'unist';
import type { VFileMessage } from 'vfile-message';
import type { Place } from '../../diagnostics.js';
import { anchored, type AnchoredPoint } from '../position.js';

/** What the parser said, and where. */
export interface ParseFailure {
  /** Package that threw, such as `micromark-extension-mdx-jsx`. */
  source: string;
  /** Its rule id, such as `unexpected-character`. */
  ruleId: string;
  /** Its message. */
  message: string;
  /** Where it stopped, when known with an offset. */
  point: AnchoredPoint | undefined;
  /** Where it stopped, as reported. */
  place: Place;
}

/** A parse error rewritten for an author. */
export interface Explanation {
  reason: string;
  fix: string;
  place: Place;
}

/** Turns a failure into an explanation, or `undefined` when it does not know it. */
export type Explainer = (failure: ParseFailure, text: string) => Explanation | undefined;

/** How to write the characters that MDX reads as syntax. */
export const literalLessThan = 'To write a literal `<`, use `\\<`.';
export const literalBrace = 'To write a literal `{`, use `\\{`.';

/**
 * How to write a literal `<`, with an example escaped.
 *
 * @example
 * literalLessThanAs('<3') // => 'To write a literal `<`, use `\\<`, as in `\\<3`.'
 */
export function literalLessThanAs(example: string): string {
  return `To write a literal \`<\`, use \`\\<\`, as in \`\\${example}\`.`;
}

/**
 * Normalizes anything thrown by the parser.
 *
 * @example
 * toFailure(new Error('boom')) // => { source: '', ruleId: '', message: 'boom', point: undefined, place: undefined }
 */
export function toFailure(error: unknown): ParseFailure {
  if (isMessage(error)) {
    const place = clean(error.place);
    const start = place !== undefined && 'start' in place ? place.start : place;
    return { source: error.source ?? '', ruleId: error.ruleId ?? '', message: error.reason, point: anchored(start), place };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { source: '', ruleId: '', message, point: undefined, place: undefined };
}

/**
 * Whether `error` is a `VFileMessage`; checked by shape, so a second copy of
 * vfile-message in the dependency tree cannot turn messages into plain errors.
 */
function isMessage(error: unknown): error is VFileMessage {
  return error instanceof Error && 'reason' in error && 'ruleId' in error && 'place' in error;
}

/** A place without the tokenizer's private fields (`_index`, `_bufferIndex`). */
function clean(place: Point | Position | null | undefined): Place {
  if (place === null || place === undefined) return undefined;
  if ('start' in place) return { start: point(place.start), end: point(place.end) };
  return point(place);
}

function point(value: Point): Point {
  return value.offset === undefined
    ? { line: value.line, column: value.column }
    : { line: value.line, column: value.column, offset: value.offset };
}
