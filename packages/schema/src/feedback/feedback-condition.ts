/**
 * Types of parsed weekly feedback conditions (`program.feedback[].when` in
 * `curriculum.yaml`). Like lesson conditions they are data: the compiler
 * checks them, the program package evaluates the tree; they are never run as
 * JavaScript.
 *
 * @module
 */

import type { CompareOperator } from '../types/condition.js';
import type { FeedbackFunction } from './vocabulary.js';

/** A parsed weekly condition. */
export type FeedbackCondition = FeedbackLogical | FeedbackNot | FeedbackCompare;

/** `a and b and …`, `a or b or …`. */
export interface FeedbackLogical {
  type: 'and' | 'or';
  /** Two or more operands. */
  operands: FeedbackCondition[];
}

/** `not a`. */
export interface FeedbackNot {
  type: 'not';
  operand: FeedbackCondition;
}

/** `left op right`, e.g. `days(practised) >= 5`. */
export interface FeedbackCompare {
  type: 'compare';
  op: CompareOperator;
  left: FeedbackExpression;
  right: FeedbackExpression;
}

/** A number-valued expression: a literal, a weekly metric, or a sum or difference of them. */
export type FeedbackExpression = FeedbackNumber | FeedbackMetric | FeedbackArithmetic;

/** A number written in the condition. */
export interface FeedbackNumber {
  type: 'number';
  value: number;
}

/** `fn(name)` over this week, or over the week before with `previous.fn(name)`. */
export interface FeedbackMetric {
  type: 'metric';
  /** The aggregate. */
  fn: FeedbackFunction;
  /** A measure (`pain`, `practised`, …) or a counter (`check-ins`, …). */
  name: string;
  /** True for `previous.fn(name)`: the same metric over the week before. */
  previous: boolean;
}

/** `left + right` or `left - right`. */
export interface FeedbackArithmetic {
  type: 'arithmetic';
  op: '+' | '-';
  left: FeedbackExpression;
  right: FeedbackExpression;
}
