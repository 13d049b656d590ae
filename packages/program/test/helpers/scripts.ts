/**
 * The scripts of the simulated participants: what each does on each program
 * day, and a diary of what they did, from which tests compute the numbers
 * they expect.
 */

import type { Program } from '../../src/index.js';
import type { ManualClock } from './manual-clock.js';
import { minute } from './manual-clock.js';
import { at, checkIn, doNextSession, eachDay, practiseHomework, type CheckInMeasures } from './participant.js';

/** What a simulated participant did. */
export interface Diary {
  /** Program sessions completed, in order. */
  sessions: string[];
  /** Practices logged, by program day (from 0). */
  practices: { day: number; skill: string; minutes: number }[];
  /** Check-ins completed, by program day. */
  checkIns: { day: number; measures: CheckInMeasures }[];
  /** Moves to a next step, in sessions and check-ins: each took `minutesPerMove`. */
  moves: number;
}

/** How a script runs. */
export interface ScriptOptions {
  /** Runs each morning before the participant acts (a coach working their queue). */
  coach?: () => void;
  /** Minutes the participant spends on each step before moving on (default 0: the clock stands still in lessons). */
  minutesPerMove?: number;
}

/** Minutes the adherent participant practises for each homework slot. */
export const homeworkMinutes = 15;

/** The adherent participant's check-in on day `index`: pain falls by one point a week from 7; practice every day. */
export function adherentCheckIn(index: number): CheckInMeasures {
  return { pain: 7 - Math.floor(index / 7), practised: true, minutes: 20, active: 60, sleep: 6 };
}

/** A participant who does everything, every day, for 8 weeks (days 0 to 55), then the clock moves to day 56 and time acts. */
export function runAdherent(program: Program, clock: ManualClock, options: ScriptOptions = {}): Diary {
  const diary = emptyDiary();
  const move = mover(clock, diary, options);
  eachDay(clock, 0, 55, (index) => {
    options.coach?.();
    const done = doNextSession(program, {}, move);
    if (done !== null) diary.sessions.push(done);
    clock.set(at(index, 12));
    for (const skill of practiseHomework(program, homeworkMinutes)) diary.practices.push({ day: index, skill, minutes: homeworkMinutes });
    clock.set(at(index, 19));
    checkIn(program, adherentCheckIn(index), move);
    diary.checkIns.push({ day: index, measures: adherentCheckIn(index) });
  });
  clock.set(at(56, 9));
  program.tick();
  return diary;
}

/** The check-in of a participant who checks in daily until they stop: practice every other day. */
export function dropOutCheckIn(index: number): CheckInMeasures {
  return { pain: 5, practised: index % 2 === 0, minutes: 10, active: 30, sleep: 5 };
}

/** Each of `programs`, on days `from` to `to`: the next session if open, then the evening check-in. */
export function runCheckingIn(programs: readonly Program[], clock: ManualClock, from: number, to: number, options: ScriptOptions = {}): Diary[] {
  const diaries = programs.map(emptyDiary);
  eachDay(clock, from, to, (index) => {
    programs.forEach((program, which) => {
      const diary = diaries[which]!;
      const move = mover(clock, diary, options);
      clock.set(at(index, 9));
      const done = doNextSession(program, {}, move);
      if (done !== null) diary.sessions.push(done);
      clock.set(at(index, 19));
      checkIn(program, dropOutCheckIn(index), move);
      diary.checkIns.push({ day: index, measures: dropOutCheckIn(index) });
    });
    clock.set(at(index, 9));
  });
  return diaries;
}

function emptyDiary(): Diary {
  return { sessions: [], practices: [], checkIns: [], moves: 0 };
}

/** The `beforeMove` of a script: counts the move and lets the step's minutes pass. */
function mover(clock: ManualClock, diary: Diary, options: ScriptOptions): () => void {
  return () => {
    diary.moves += 1;
    clock.advance((options.minutesPerMove ?? 0) * minute);
  };
}
