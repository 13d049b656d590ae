/**
 * The words of the weekly feedback language: its aggregate functions, the
 * measures they read from the check-in, and the program's counters.
 *
 * @module
 */

import type { ProgramMeasures } from '../types/manifest.js';

/**
 * Aggregate functions: `mean`, `min`, `max`, `sum` of a numeric measure over
 * the week's check-ins; `days` on which a measure was reported (for
 * `practised`: days answered yes); `count` of a counter.
 */
export const feedbackFunctions = ['mean', 'min', 'max', 'sum', 'days', 'count'] as const;

/** An aggregate function of the feedback language. */
export type FeedbackFunction = (typeof feedbackFunctions)[number];

/** Measure names of the language, by the `program.measures` key that configures each. */
export const feedbackMeasures = {
  pain: 'pain',
  practised: 'practised',
  'practice-minutes': 'practiceMinutes',
  'activity-minutes': 'activityMinutes',
  'sleep-quality': 'sleepQuality',
} as const satisfies Record<string, keyof ProgramMeasures>;

/** A measure name of the language, e.g. `practice-minutes`. */
export type FeedbackMeasure = keyof typeof feedbackMeasures;

/**
 * Counters kept by the program for each week: check-ins done and missed,
 * homework practices logged and due, sessions completed.
 */
export const feedbackCounters = ['check-ins', 'missed-check-ins', 'homework', 'homework-due', 'sessions'] as const;

/** A counter name of the language. */
export type FeedbackCounter = (typeof feedbackCounters)[number];

/** Whether `name` is a measure of the language. */
export function isFeedbackMeasure(name: string): name is FeedbackMeasure {
  return Object.prototype.hasOwnProperty.call(feedbackMeasures, name);
}

/** Whether `name` is a counter of the language. */
export function isFeedbackCounter(name: string): name is FeedbackCounter {
  return (feedbackCounters as readonly string[]).includes(name);
}

/**
 * The measures a program can read with this `program.measures`: each
 * configured one, and `practised` also when only practice minutes are
 * configured (a day with minutes above 0 counts as practised).
 *
 * @example
 * ```ts
 * availableMeasures({ pain: 'daily-check-in.pain-today', practiceMinutes: 'daily-check-in.practice-minutes' });
 * // => ['pain', 'practised', 'practice-minutes']
 * ```
 */
export function availableMeasures(measures: ProgramMeasures | undefined): FeedbackMeasure[] {
  const configured = measures ?? {};
  return (Object.keys(feedbackMeasures) as FeedbackMeasure[]).filter(
    (name) => configured[feedbackMeasures[name]] !== undefined || (name === 'practised' && configured.practiceMinutes !== undefined),
  );
}
