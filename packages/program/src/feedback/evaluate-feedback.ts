/**
 * Evaluates a parsed weekly feedback condition over a week and the week
 * before. The condition is data: it is walked, never run as code.
 *
 * @module
 */

import { feedbackMeasures, type FeedbackCondition, type FeedbackExpression, type FeedbackMeasure, type FeedbackMetric } from '@copekit/schema';
import type { NumericMeasure, WeekData } from './week-data.js';

/**
 * The value of `fn(name)` over `week`: `null` when the week has no data for it
 * (a mean of no values, or `previous.…` in week 1).
 *
 * @example
 * ```ts
 * metricValue({ type: 'metric', fn: 'days', name: 'practised', previous: false }, week, null); // => 5
 * ```
 */
export function metricValue(metric: FeedbackMetric, current: WeekData, previous: WeekData | null): number | null {
  const week = metric.previous ? previous : current;
  if (week === null) return null;
  if (metric.fn === 'count') return week.counters[metric.name as keyof WeekData['counters']] ?? null;
  if (metric.name === 'practised') return week.practised.filter(Boolean).length;
  const values = week.values[feedbackMeasures[metric.name as Exclude<FeedbackMeasure, 'practised'>] as NumericMeasure] ?? [];
  if (metric.fn === 'days') return values.length;
  if (values.length === 0) return null;
  switch (metric.fn) {
    case 'sum':
      return values.reduce((sum, value) => sum + value, 0);
    case 'mean':
      return values.reduce((sum, value) => sum + value, 0) / values.length;
    case 'min':
      return Math.min(...values);
    case 'max':
      return Math.max(...values);
  }
}

function expressionValue(expression: FeedbackExpression, current: WeekData, previous: WeekData | null): number | null {
  switch (expression.type) {
    case 'number':
      return expression.value;
    case 'metric':
      return metricValue(expression, current, previous);
    case 'arithmetic': {
      const left = expressionValue(expression.left, current, previous);
      const right = expressionValue(expression.right, current, previous);
      if (left === null || right === null) return null;
      return expression.op === '+' ? left + right : left - right;
    }
  }
}

/**
 * Whether `condition` holds for the week. A comparison with a side that has
 * no data is false, whatever the operator (so `not (mean(pain) > 5)` holds in
 * a week without pain reports).
 *
 * @example
 * ```ts
 * evaluateFeedback(parsed, thisWeek, lastWeek); // => true
 * ```
 */
export function evaluateFeedback(condition: FeedbackCondition, current: WeekData, previous: WeekData | null): boolean {
  switch (condition.type) {
    case 'and':
      return condition.operands.every((operand) => evaluateFeedback(operand, current, previous));
    case 'or':
      return condition.operands.some((operand) => evaluateFeedback(operand, current, previous));
    case 'not':
      return !evaluateFeedback(condition.operand, current, previous);
    case 'compare': {
      const left = expressionValue(condition.left, current, previous);
      const right = expressionValue(condition.right, current, previous);
      if (left === null || right === null) return false;
      switch (condition.op) {
        case '==':
          return left === right;
        case '!=':
          return left !== right;
        case '<':
          return left < right;
        case '<=':
          return left <= right;
        case '>':
          return left > right;
        case '>=':
          return left >= right;
      }
    }
  }
}
