/**
 * A week's numbers as stored on `feedback.chosen` records and shown by
 * progress charts.
 *
 * @module
 */

import type { WeekSummary } from '@copekit/schema';
import type { WeekData } from './week-data.js';

const mean = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);
const sum = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((total, value) => total + value, 0));

/**
 * The summary of a week: means of pain and sleep quality, total practice
 * minutes, mean active minutes per reported day, and the counters.
 *
 * @example
 * ```ts
 * summarizeWeek(weekData(model, 1, today));
 * // => { week: 1, start: '2026-01-05', end: '2026-01-11', checkIns: 7, pain: 5.4, practiceMinutes: 95, … }
 * ```
 */
export function summarizeWeek(data: WeekData): WeekSummary {
  const { week, start, end, values, counters } = data;
  return {
    week,
    start,
    end,
    checkIns: counters['check-ins'],
    missedCheckIns: counters['missed-check-ins'],
    daysPractised: data.practised.filter(Boolean).length,
    pain: mean(values.pain),
    sleepQuality: mean(values.sleepQuality),
    practiceMinutes: sum(values.practiceMinutes),
    activityMinutes: mean(values.activityMinutes),
    homeworkDone: counters.homework,
    homeworkDue: counters['homework-due'],
    sessionsCompleted: counters.sessions,
  };
}
