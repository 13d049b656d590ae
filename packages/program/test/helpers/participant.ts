/**
 * A simulated participant: what they do on a program day, at fixed local
 * times, with a clock the test controls.
 */

import type { AnswerValue } from '@copekit/engine';
import type { Program } from '../../src/index.js';
import { completeSession } from './complete-session.js';
import type { ManualClock } from './manual-clock.js';

/** Time zone of the simulated participants. */
export const timeZone = 'America/New_York';
/** Day 1 of the simulated programs: a Monday. */
export const startDate = '2026-01-05';

/** Clock time of `hour`:00 in New York on program day `index` (from 0), in winter (UTC−5). */
export function at(index: number, hour: number): number {
  return Date.UTC(2026, 0, 5 + index, hour + 5);
}

/** Opens and completes the next session if it is available (`beforeMove` as in `completeSession`). Returns its lesson id, or `null`. */
export function doNextSession(program: Program, answers: Readonly<Record<string, AnswerValue>> = {}, beforeMove?: () => void): string | null {
  const next = program.getOverview().next;
  if (next === null || (next.status !== 'available' && next.status !== 'in-progress')) return null;
  const opened = program.openSession(next.lesson);
  if (!opened.accepted) throw new Error(opened.message);
  completeSession(opened.session, answers, beforeMove);
  return next.lesson;
}

/** Logs a practice for every homework slot open today. Returns the skills practised. */
export function practiseHomework(program: Program, minutes: number): string[] {
  const skills: string[] = [];
  for (const plan of program.getOverview().homework) {
    for (let slot = plan.done; slot < plan.due; slot++) {
      const result = program.logPractice({ skill: plan.skill, minutes });
      if (!result.accepted) throw new Error(result.message);
      skills.push(plan.skill);
    }
  }
  return skills;
}

/** What a simulated participant answers in a check-in. */
export interface CheckInMeasures {
  pain: number;
  practised: boolean;
  minutes: number;
  active: number;
  sleep: number;
}

/** Completes today's check-in with these measures (`beforeMove` as in `completeSession`). */
export function checkIn(program: Program, measures: CheckInMeasures, beforeMove?: () => void): void {
  const opened = program.openCheckIn();
  if (!opened.accepted) throw new Error(opened.message);
  completeSession(opened.session, {
    'pain-today': measures.pain,
    practised: measures.practised ? 'yes' : 'no',
    ...(measures.practised ? { 'practice-minutes': measures.minutes } : {}),
    'active-minutes': measures.active,
    'sleep-quality': measures.sleep,
  }, beforeMove);
}

/** Runs `day` for each program day from `from` to `to` (both included), setting the clock to each day first. */
export function eachDay(clock: ManualClock, from: number, to: number, day: (index: number) => void): void {
  for (let index = from; index <= to; index++) {
    clock.set(at(index, 9));
    day(index);
  }
}
