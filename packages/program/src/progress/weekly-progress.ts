/**
 * Progress for dashboards shared by patient and coach: one entry per program
 * week so far.
 *
 * @module
 */

import type { WeekSummary } from '@copekit/schema';
import { scheduleEnd } from '../check-in/check-in-schedule.js';
import { weekData } from '../feedback/week-data.js';
import { summarizeWeek } from '../feedback/week-summary.js';
import { todayOf, weekOf } from '../state/program-days.js';
import type { ProgramModel } from '../state/program-model.js';

/** One week of progress: its summary, sessions completed so far, and whether the week is over. */
export interface ProgressWeek extends WeekSummary {
  /** Sessions completed by the end of this week (or so far, in the current week). */
  sessionsCompletedTotal: number;
  /** False for the week in progress, whose numbers may still change. */
  complete: boolean;
}

/**
 * The weekly series of a program at `now` (the program's clock by default):
 * pain, sleep quality, practice and active minutes, homework and sessions
 * completed, from week 1 to the current week (or the week the program was
 * completed in).
 *
 * @example
 * ```ts
 * weeklyProgress(program).map((week) => week.pain); // => [5.6, 5.1, 4.4]
 * ```
 */
export function weeklyProgress(program: { getModel(): ProgramModel; now(): number }, now: number = program.now()): ProgressWeek[] {
  const model = program.getModel();
  const today = todayOf(model.settings, now);
  const end = scheduleEnd(model);
  const last = weekOf(model.settings, end !== null && end < today ? end : today);
  const weeks: ProgressWeek[] = [];
  let total = 0;
  for (let week = 1; week <= last; week++) {
    const summary = summarizeWeek(weekData(model, week, today));
    total += summary.sessionsCompleted;
    weeks.push({ ...summary, sessionsCompletedTotal: total, complete: summary.end < today });
  }
  return weeks;
}
