/**
 * Checks a weekly feedback condition against the program it belongs to: every
 * name is a measure or counter of the language, every measure is configured
 * in `program.measures`, and each function fits its name.
 *
 * @module
 */

import type { ProgramMeasures } from '../types/manifest.js';
import type { FeedbackCondition, FeedbackExpression, FeedbackMetric } from './feedback-condition.js';
import { nameSpanOf, parseFeedbackCondition } from './parse.js';
import type { FeedbackConditionProblem } from './problem.js';
import { spanOf } from './spans.js';
import { didYouMean } from './suggest.js';
import { availableMeasures, feedbackCounters, feedbackMeasures, isFeedbackCounter, isFeedbackMeasure } from './vocabulary.js';

/** Every name, measures then counters; a pure call, so bundlers drop it when unused. */
const allNames = /* @__PURE__ */ (() => [...Object.keys(feedbackMeasures), ...feedbackCounters])();

/**
 * Every problem of a feedback condition: its syntax error, or each reference
 * and type problem. An empty list means the program can evaluate it.
 *
 * @example
 * ```ts
 * checkFeedbackCondition('mean(sleep-quality) < 4', { pain: 'daily-check-in.pain-today' });
 * // => [{ kind: 'reference', message: '`sleep-quality` is not measured by this program.',
 * //       fix: 'Add `sleepQuality: <lesson-id>.<item-id>` under `program.measures` in curriculum.yaml.', start: 5, end: 18 }]
 * checkFeedbackCondition('days(practised) >= 5', { practised: 'daily-check-in.practised' }); // => []
 * ```
 */
export function checkFeedbackCondition(source: string, measures: ProgramMeasures | undefined): FeedbackConditionProblem[] {
  const parsed = parseFeedbackCondition(source);
  if ('error' in parsed) return [parsed.error];
  const available: readonly string[] = availableMeasures(measures);
  const problems: FeedbackConditionProblem[] = [];
  visitCondition(parsed.condition, (metric) => {
    const problem = metricProblem(metric, available);
    if (problem !== undefined) problems.push(problem);
  }, problems);
  return problems;
}

function visitCondition(condition: FeedbackCondition, onMetric: (metric: FeedbackMetric) => void, problems: FeedbackConditionProblem[]): void {
  switch (condition.type) {
    case 'and':
    case 'or':
      for (const operand of condition.operands) visitCondition(operand, onMetric, problems);
      return;
    case 'not':
      visitCondition(condition.operand, onMetric, problems);
      return;
    case 'compare': {
      const metrics = [...metricsOf(condition.left), ...metricsOf(condition.right)];
      metrics.forEach(onMetric);
      if (metrics.length === 0) {
        problems.push({
          kind: 'type',
          message: 'This comparison has no metric: it compares fixed numbers, so it never changes.',
          fix: 'Compare a metric of the week, like `days(practised) >= 5`.',
          ...spanOf(condition),
        });
      }
    }
  }
}

function metricsOf(expression: FeedbackExpression): FeedbackMetric[] {
  if (expression.type === 'metric') return [expression];
  if (expression.type === 'arithmetic') return [...metricsOf(expression.left), ...metricsOf(expression.right)];
  return [];
}

function metricProblem(metric: FeedbackMetric, available: readonly string[]): FeedbackConditionProblem | undefined {
  const { fn, name } = metric;
  const at = nameSpanOf(metric);
  if (isFeedbackCounter(name)) {
    if (fn === 'count') return undefined;
    return { kind: 'type', message: `\`${name}\` is a counter: it takes \`count\`, not \`${fn}\`.`, fix: `Write \`count(${name})\`.`, ...spanOf(metric) };
  }
  if (!isFeedbackMeasure(name)) {
    const list = allNames.map((known) => `\`${known}\``).join(', ');
    return { kind: 'reference', message: `Unknown name \`${name}\`.`, fix: didYouMean(name, allNames, `Use one of ${list}.`), ...at };
  }
  if (fn === 'count') {
    return { kind: 'type', message: `\`count\` takes a counter such as \`check-ins\`, not the measure \`${name}\`.`, fix: `Write \`days(${name})\` for the days it was reported.`, ...spanOf(metric) };
  }
  if (name === 'practised' && fn !== 'days') {
    return { kind: 'type', message: `\`practised\` is a yes or no answer: \`${fn}\` cannot sum it up.`, fix: 'Write `days(practised)` for the days practised.', ...spanOf(metric) };
  }
  if (!available.includes(name)) {
    const key = feedbackMeasures[name];
    return {
      kind: 'reference',
      message: `\`${name}\` is not measured by this program.`,
      fix: `Add \`${key}: <lesson-id>.<item-id>\` under \`program.measures\` in curriculum.yaml.`,
      ...at,
    };
  }
  return undefined;
}
