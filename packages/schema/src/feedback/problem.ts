/**
 * The problems a feedback condition can have, with their range in the text.
 *
 * @module
 */

/**
 * A problem with a feedback condition: `syntax` (not the language), `reference`
 * (an unknown function or metric, or a measure the program does not configure)
 * or `type` (a function applied to a metric it does not fit).
 */
export interface FeedbackConditionProblem {
  kind: 'syntax' | 'reference' | 'type';
  /** What is wrong, written for a clinical author. */
  message: string;
  /** How to fix it. */
  fix: string;
  /** Offset of the first character at fault (0-based, UTF-16 code units). */
  start: number;
  /** Offset just after the last character at fault; equal to `start` at the end of the text. */
  end: number;
}

/** Thrown by the tokenizer and parser, turned into a result by `parseFeedbackCondition`. */
export class FeedbackSyntaxFailure extends Error {
  readonly problem: FeedbackConditionProblem;

  constructor(problem: FeedbackConditionProblem) {
    super(problem.message);
    this.name = 'FeedbackSyntaxFailure';
    this.problem = problem;
  }
}

/** Throws a syntax problem for the range `[start, end)`. */
export function fail(message: string, fix: string, start: number, end: number): never {
  throw new FeedbackSyntaxFailure({ kind: 'syntax', message, fix, start, end });
}
