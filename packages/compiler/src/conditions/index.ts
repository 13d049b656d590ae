/**
 * The condition language of `<Show when="…">` and risk thresholds: parse,
 * check against the lesson, print back.
 *
 * @module
 */

export { checkCondition } from './check.js';
export { printCondition } from '@copekit/schema';
export { parseCondition, type ParseConditionResult } from './parse.js';
export { parseThreshold, thresholdToCondition, type RiskThreshold } from './risk.js';
export type { ConditionProblem, ConditionScope, ResolvedItem } from './scope.js';
export type { ConditionSyntaxError } from './syntax-error.js';
