/**
 * The weekly feedback language: parser and checker, free of dependencies so
 * the compiler checks conditions without depending on the program package.
 *
 * @module
 */

export { checkFeedbackCondition } from './check.js';
export { measureItemProblem } from './measure-item.js';
export { parseFeedbackCondition, type ParseFeedbackResult } from './parse.js';
export type { FeedbackConditionProblem } from './problem.js';
export type {
  FeedbackArithmetic,
  FeedbackCompare,
  FeedbackCondition,
  FeedbackExpression,
  FeedbackLogical,
  FeedbackMetric,
  FeedbackNot,
  FeedbackNumber,
} from './feedback-condition.js';
export { feedbackCounters, feedbackMeasures, type FeedbackCounter, type FeedbackFunction, type FeedbackMeasure } from './vocabulary.js';
