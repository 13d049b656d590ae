/**
 * The error a condition or risk threshold reports when its text does not
 * follow the condition language.
 *
 * @module
 */

/** A syntax error, with its range in the condition text. */
export interface ConditionSyntaxError {
  /** What is wrong, written for a clinical author. */
  message: string;
  /** How to fix it. */
  fix: string;
  /** Offset of the first character in error (0-based, UTF-16 code units). */
  start: number;
  /** Offset just after the last character in error; equal to `start` at the end of the text. */
  end: number;
}

/** Thrown inside the tokenizer and parsers; turned into a result by their callers. */
export class ConditionSyntaxFailure extends Error {
  readonly detail: ConditionSyntaxError;

  constructor(detail: ConditionSyntaxError) {
    super(detail.message);
    this.name = 'ConditionSyntaxFailure';
    this.detail = detail;
  }
}

/** Throws a syntax error for the range `[start, end)`. */
export function fail(message: string, fix: string, start: number, end: number): never {
  throw new ConditionSyntaxFailure({ message, fix, start, end });
}
