/**
 * The research adherence report, read from everything the 8-week simulations
 * write (program records and the records of every session they open), gives
 * the numbers of what the simulated participants did.
 */

import { adherenceReport, type ParticipantAdherence } from '@copekit/research';
import type { Bundle } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { coachQueue, createProgram, type Program } from '../src/index.js';
import { completeSession } from './helpers/complete-session.js';
import { manualClock, type ManualClock } from './helpers/manual-clock.js';
import { at, startDate, timeZone } from './helpers/participant.js';
import { recordAll, type LoggedRecord } from './helpers/record-log.js';
import { runAdherent, runCheckingIn, type Diary } from './helpers/scripts.js';
import { shippedBundle } from './helpers/shipped-bundle.js';

/** Minutes each simulated participant spends on a step before moving on. */
const minutesPerMove = 2;
const week = 7;

let bundle: Bundle;
beforeAll(async () => {
  bundle = await shippedBundle();
});

/** A coach who works their queue every morning, as `c-1`. */
function coachOf(programs: readonly Program[], clock: ManualClock): () => void {
  return () => {
    for (const item of coachQueue(programs, clock.now())) {
      const program = programs.find((candidate) => candidate.participant === item.participant)!;
      expect(program.coachAction(item.action, { coach: 'c-1' })).toEqual({ accepted: true });
    }
  };
}

/** Sums `minutes` of `entries` by week of their program day, over `weeks` weeks. */
function byWeek(entries: readonly { day: number; minutes: number }[], weeks: number): number[] {
  const sums = Array<number>(weeks).fill(0);
  for (const { day, minutes } of entries) sums[Math.floor(day / week)]! += minutes;
  return sums;
}

/** What the report should say of a participant who kept `diary` over `weeks` weeks. */
function expectedOf(diary: Diary, weeks: number) {
  const logged = byWeek(diary.practices, weeks).reduce((sum, minutes) => sum + minutes, 0);
  return {
    weeks,
    sessions: { planned: bundle.curriculum.program.sessions.length, completed: diary.sessions.length, completedLessons: diary.sessions },
    checkIns: { done: diary.checkIns.length, days: diary.checkIns.length },
    practice: {
      // No practice was timed in a session: the participants moved on from practice steps.
      minutes: 0,
      reportedMinutes: diary.checkIns.reduce((sum, { measures }) => sum + (measures.practised ? measures.minutes : 0), 0),
      logged: { practices: diary.practices.length, minutes: logged, perWeek: Math.round((logged / weeks) * 10) / 10, byWeek: byWeek(diary.practices, weeks) },
    },
    lessons: { started: diary.sessions.length + diary.checkIns.length, completed: diary.sessions.length + diary.checkIns.length, minutes: diary.moves * minutesPerMove },
  };
}

describe('the adherence report of the 8-week simulations', () => {
  let log: LoggedRecord[];
  let diaries: Record<'p-self' | 'p-guided' | 'p-quiet', Diary>;
  let participants: Map<string, ParticipantAdherence>;

  beforeAll(async () => {
    log = [];
    const clock = manualClock(at(0, 8));
    const self = createProgram(bundle, { participant: 'p-self', mode: 'self-directed', timeZone, startDate, clock });
    const guided = createProgram(bundle, { participant: 'p-guided', mode: 'guided', timeZone, startDate, clock });
    const quiet = createProgram(bundle, { participant: 'p-quiet', mode: 'guided', timeZone, startDate, clock });
    for (const program of [self, guided, quiet]) recordAll(program, log);
    const selfDiary = runAdherent(self, clock, { minutesPerMove });
    clock.set(at(0, 8));
    const guidedDiary = runAdherent(guided, clock, { minutesPerMove, coach: coachOf([guided], clock) });
    // The quiet participant checks in for 10 days, then stops; the coach contacts them on day 14.
    clock.set(at(0, 8));
    const [quietDiary] = runCheckingIn([quiet], clock, 0, 9, { minutesPerMove });
    clock.set(at(14, 9));
    coachOf([quiet], clock)();
    diaries = { 'p-self': selfDiary, 'p-guided': guidedDiary, 'p-quiet': quietDiary! };
    const report = await adherenceReport(log, bundle);
    participants = new Map(report.participants.map((participant) => [participant.participant, participant]));
  });

  it('logs engine and program records', () => {
    const types = new Set(log.map((record) => record.type));
    for (const type of ['program.started', 'homework.logged', 'check-in.completed', 'coach.unlocked', 'coach.contacted', 'session.started', 'step.entered', 'lesson.completed']) expect(types).toContain(type);
  });

  it.each([
    ['p-self', 'self-directed', 8],
    ['p-guided', 'guided', 8],
    ['p-quiet', 'guided', 2],
  ] as const)('gives %s the sessions, check-ins, practice and time in lessons of the script', (id, mode, weeks) => {
    const diary = diaries[id];
    const participant = participants.get(id)!;
    expect(participant).toMatchObject({ ...expectedOf(diary, weeks), modes: [mode], versions: [bundle.curriculum.version], first: new Date(at(0, 8)).toISOString() });
    expect(participant.practice.byWeek).toEqual(Array(weeks).fill(0));
    expect(participant.safety).toEqual({ alerts: 0, acknowledged: 0, unacknowledged: 0, resolved: 0, unresolved: 0, events: [] });
  });

  it('counts the quiet participant up to their last check-in, not the coach contact after it', () => {
    const last = diaries['p-quiet'].checkIns.at(-1)!.day;
    expect(participants.get('p-quiet')!.last.slice(0, 10)).toBe(new Date(at(last, 19)).toISOString().slice(0, 10));
  });

  it('has the adherent participants complete every session, with logged practice in every week after the first session', () => {
    for (const id of ['p-self', 'p-guided'] as const) {
      expect(diaries[id].sessions).toEqual(bundle.curriculum.program.sessions);
      expect(participants.get(id)!.practice.logged.byWeek.every((minutes) => minutes > 0)).toBe(true);
    }
  });

  it('gives the same report when the records come as a stream of program records only', async () => {
    const programOnly = log.filter((record) => 'programVersion' in record);
    const report = await adherenceReport(programOnly, bundle);
    for (const participant of report.participants) {
      const full = participants.get(participant.participant)!;
      expect(participant.sessions).toEqual(full.sessions);
      expect(participant.checkIns).toEqual(full.checkIns);
      expect(participant.practice.logged).toEqual(full.practice.logged);
      expect(participant.practice.reportedMinutes).toBe(full.practice.reportedMinutes);
    }
  });
});

describe('the adherence report of a risk answer', () => {
  it('shows the alert, acknowledged by the participant and resolved by the coach', async () => {
    // The shipped bundle with the weekly mood check (which has a risk item) as session 1.
    const risky = structuredClone(await shippedBundle());
    risky.curriculum.program.sessions[0] = 'weekly-mood';
    const clock = manualClock(at(0, 9));
    const program = createProgram(risky, { participant: 'p-risk', mode: 'guided', timeZone, startDate, clock });
    const log: LoggedRecord[] = [];
    recordAll(program, log);
    const opened = program.openSession('weekly-mood');
    if (!opened.accepted) throw new Error(opened.message);
    completeSession(opened.session, { 'self-harm-thoughts': 'yes' }, () => clock.advance(minutesPerMove * 60_000));
    const acknowledgedAt = log.find((record) => record.type === 'safety.acknowledged')!.at;
    clock.set(at(1, 9));
    coachOf([program], clock)();
    const [participant] = (await adherenceReport(log, risky)).participants;
    expect(participant!.safety).toMatchObject({ alerts: 1, acknowledged: 1, unacknowledged: 0, resolved: 1, unresolved: 0 });
    expect(participant!.safety.events).toEqual([
      expect.objectContaining({ lesson: 'weekly-mood', item: 'self-harm-thoughts', acknowledged: new Date(acknowledgedAt).toISOString(), resolved: new Date(at(1, 9)).toISOString(), resolvedBy: 'c-1' }),
    ]);
  });
});
