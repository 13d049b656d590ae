/**
 * The data of one program week that weekly feedback and progress read: the
 * measures of each check-in, and the program's counters.
 *
 * @module
 */

import type { FeedbackCounter } from '@copekit/schema';
import { missedDates } from '../check-in/check-in-schedule.js';
import { practisedOn } from '../check-in/measure-values.js';
import { doneIn, planWindows } from '../homework/plan-windows.js';
import { weekDates } from '../state/program-days.js';
import type { ProgramModel } from '../state/program-model.js';
import { localDate } from '../time/zoned-time.js';

/** A numeric measure. */
export type NumericMeasure = 'pain' | 'practiceMinutes' | 'activityMinutes' | 'sleepQuality';

/** One week's check-in values and counters. */
export interface WeekData {
  week: number;
  start: string;
  end: string;
  /** Each numeric measure's values, one per check-in that reported it. */
  values: Record<NumericMeasure, number[]>;
  /** One entry per check-in that says whether the participant practised. */
  practised: boolean[];
  counters: Record<FeedbackCounter, number>;
}

/**
 * The data of week `week` as known on the local date `today` (a week in
 * progress counts only what is over or done).
 *
 * @example
 * ```ts
 * weekData(model, 2, '2026-01-19').counters['check-ins']; // => 6
 * ```
 */
export function weekData(model: ProgramModel, week: number, today: string): WeekData {
  const { start, end } = weekDates(model.settings, week);
  const inWeek = (date: string) => start <= date && date <= end;
  const checkIns = model.state.checkIns.filter((entry) => inWeek(entry.date));
  const values: Record<NumericMeasure, number[]> = { pain: [], practiceMinutes: [], activityMinutes: [], sleepQuality: [] };
  const practised: boolean[] = [];
  for (const { measures } of checkIns) {
    for (const key of Object.keys(values) as NumericMeasure[]) {
      const value = measures[key];
      if (value !== undefined) values[key].push(value);
    }
    const day = practisedOn(measures);
    if (day !== undefined) practised.push(day);
  }
  // Homework counts by window: the slots of each window that ended this week (by today), and how many of them were filled.
  const windows = model.state.homework.flatMap((plan) => planWindows(plan).map((window) => ({ plan, window }))).filter(({ window }) => inWeek(window.to) && window.to <= today);
  const completed = model.state.sessions.filter((session) => session.completedAt !== null && inWeek(localDate(session.completedAt, model.settings.timeZone)));
  const counters: Record<FeedbackCounter, number> = {
    'check-ins': checkIns.length,
    'missed-check-ins': missedDates(model, start, end, today).length,
    homework: windows.reduce((sum, { plan, window }) => sum + doneIn(model.state.practice, plan, window), 0),
    'homework-due': windows.reduce((sum, { window }) => sum + window.due, 0),
    sessions: completed.length,
  };
  return { week, start, end, values, practised, counters };
}
