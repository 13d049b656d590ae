/**
 * Eight simulated weeks on the shipped curriculum, with a clock the test
 * moves: a self-directed and a guided participant complete the program; a
 * participant who stops checking in shows up in the coach's queue. Weekly
 * feedback, reminders, records and snapshots are checked along the way.
 */

import { validateProgramRecord, validateProgramSnapshot, type Bundle } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { coachQueue, createProgram, type ProgramRecord } from '../src/index.js';
import { manualClock } from './helpers/manual-clock.js';
import { at, checkIn, doNextSession, eachDay, practiseHomework, startDate, timeZone } from './helpers/participant.js';
import { runAdherent, runCheckingIn } from './helpers/scripts.js';
import { shippedBundle } from './helpers/shipped-bundle.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await shippedBundle();
});

function expectWellFormed(records: readonly ProgramRecord[], bundle: Bundle): void {
  expect(records.map((record) => record.seq)).toEqual(records.map((_, index) => index));
  for (const record of records) {
    expect(validateProgramRecord(record), `${record.type} #${record.seq}`).toBe(true);
    expect(record).toMatchObject({ curriculum: bundle.curriculum.id, curriculumVersion: bundle.curriculum.version, bundleHash: bundle.hash });
  }
}

const count = (records: readonly ProgramRecord[], type: ProgramRecord['type']) => records.filter((record) => record.type === type).length;

describe('a self-directed participant over 8 weeks', () => {
  it('completes every session, one a week, and gets feedback chosen from what they reported', () => {
    const clock = manualClock(at(0, 8));
    const program = createProgram(bundle, { participant: 'p-self', mode: 'self-directed', timeZone, startDate, clock });
    const { sessions } = runAdherent(program, clock);
    expect(sessions).toEqual(bundle.curriculum.program.sessions);
    const records = program.getRecords();
    expectWellFormed(records, bundle);
    expect(program.getModel().state.status).toBe('completed');
    // One session a week: session n opens on day 7(n−1), as soon as the rules allow.
    const opened = records.filter((record) => record.type === 'session.opened').map((record) => record.at);
    expect(opened).toEqual(sessions.map((_, index) => at(index * 7, 9)));
    expect(count(records, 'session.unlocked')).toBe(8);
    expect(count(records, 'program.completed')).toBe(1);
    expect(count(records, 'check-in.completed')).toBe(56);
    expect(count(records, 'coach.unlocked')).toBe(0);
    // Week 1 has no week before it; from week 2 pain fell by a point each week with daily practice.
    const feedback = program.getFeedback();
    expect(feedback.map((entry) => entry.rule)).toEqual(['practised-most-days', ...Array(7).fill('less-pain-and-practice')]);
    expect(feedback[2]!.summary).toMatchObject({ week: 3, checkIns: 7, missedCheckIns: 0, daysPractised: 7, pain: 5, practiceMinutes: 140, sleepQuality: 6, activityMinutes: 60, sessionsCompleted: 1 });
    expect(feedback[0]!.message).toBe(bundle.curriculum.program.feedback!.find((rule) => rule.id === 'practised-most-days')!.message);
  });

  it('reports weekly progress that matches what was simulated', () => {
    const clock = manualClock(at(0, 8));
    const program = createProgram(bundle, { participant: 'p-self', mode: 'self-directed', timeZone, startDate, clock });
    runAdherent(program, clock);
    const progress = program.getProgress();
    expect(progress.map((week) => week.pain)).toEqual([7, 6, 5, 4, 3, 2, 1, 0]);
    expect(progress.map((week) => week.sessionsCompletedTotal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(progress.every((week) => week.checkIns === 7 && week.daysPractised === 7 && week.complete)).toBe(true);
    // Homework: every slot that fell due was filled.
    expect(progress.every((week) => week.homeworkDone === week.homeworkDue)).toBe(true);
    expect(progress.slice(1).every((week) => week.homeworkDue > 0)).toBe(true);
  });
});

describe('reminders over the 8 weeks', () => {
  it('are due at their local times, never in quiet hours, and once each when marked sent', () => {
    const clock = manualClock(at(0, 8));
    const program = createProgram(bundle, { participant: 'p-remind', mode: 'self-directed', timeZone, startDate, clock, preferences: { quietHours: { start: '21:00', end: '08:00' } } });
    const sent: string[] = [];
    eachDay(clock, 0, 20, (index) => {
      const morning = program.getReminders();
      const available = program.getOverview().next;
      expect(morning.some((reminder) => reminder.kind === 'session')).toBe(available?.status === 'available');
      for (const reminder of morning) {
        expect(program.markReminderSent(reminder.key)).toEqual({ accepted: true });
        sent.push(reminder.key);
      }
      expect(program.getReminders()).toEqual([]);
      doNextSession(program);
      clock.set(at(index, 12));
      const practice = program.getReminders().filter((reminder) => reminder.kind === 'practice');
      expect(practice.length).toBe(index === 0 ? 0 : 1);
      practiseHomework(program, 10);
      clock.set(at(index, 19));
      expect(program.getReminders().map((reminder) => reminder.key)).toEqual([`check-in:${program.getOverview().today}`]);
      clock.set(at(index, 22));
      expect(program.getReminders()).toEqual([]);
      checkIn(program, { pain: 3, practised: true, minutes: 10, active: 40, sleep: 6 });
    });
    expect(sent).toEqual(['session:pain-and-relaxation', 'session:mini-practices', 'session:activity-pacing']);
    expect(program.markReminderSent(sent[0]!)).toMatchObject({ accepted: false, reason: 'already-done' });
  });
});

describe('a guided participant over 8 weeks', () => {
  it('completes the program with each session after the first unlocked by the coach', () => {
    const clock = manualClock(at(0, 8));
    const program = createProgram(bundle, { participant: 'p-guided', mode: 'guided', timeZone, startDate, clock });
    const approvals: string[] = [];
    const coach = () => {
      for (const item of coachQueue([program], clock.now())) {
        if (item.kind === 'session-approval') approvals.push(item.lesson);
        if (item.kind === 'safety-alert') throw new Error('no risk answer was given');
        const result = program.coachAction(item.action, { coach: 'c-1' });
        expect(result).toEqual({ accepted: true });
      }
    };
    const { sessions } = runAdherent(program, clock, { coach });
    expect(sessions).toEqual(bundle.curriculum.program.sessions);
    expect(approvals).toEqual(bundle.curriculum.program.sessions.slice(1));
    const records = program.getRecords();
    expectWellFormed(records, bundle);
    expect(records.filter((record) => record.type === 'coach.unlocked').map((record) => record.payload.coach)).toEqual(Array(7).fill('c-1'));
    expect(count(records, 'session.unlocked')).toBe(1);
    // Each plan was reviewed once it ended.
    expect(count(records, 'coach.reviewed-homework')).toBeGreaterThan(0);
    expect(program.getModel().state.homework.filter((plan) => plan.end < '2026-02-28').every((plan) => plan.reviewedBy === 'c-1')).toBe(true);
    expect(program.getModel().state.status).toBe('completed');
  });

  it('keeps a due session waiting until the coach unlocks it', () => {
    const clock = manualClock(at(0, 9));
    const program = createProgram(bundle, { participant: 'p-wait', mode: 'guided', timeZone, startDate, clock });
    doNextSession(program);
    clock.set(at(7, 9));
    expect(program.getOverview().next).toMatchObject({ lesson: 'mini-practices', status: 'awaiting-approval' });
    const before = program.getSnapshot();
    expect(program.openSession('mini-practices')).toMatchObject({ accepted: false, reason: 'awaiting-approval' });
    expect(program.getSnapshot()).toEqual(before);
    expect(program.coachAction({ type: 'unlock-session', lesson: 'mini-practices' }, { coach: 'c-1', note: 'Talked on the phone.' })).toEqual({ accepted: true });
    expect(program.getRecords().at(-1)).toMatchObject({ type: 'coach.unlocked', payload: { coach: 'c-1', lesson: 'mini-practices', number: 2, note: 'Talked on the phone.' } });
    expect(program.openSession('mini-practices').accepted).toBe(true);
  });
});

describe('a participant who stops checking in', () => {
  it('shows up in the coach queue after 3 missed check-ins, until the coach makes contact', () => {
    const clock = manualClock(at(0, 8));
    const active = createProgram(bundle, { participant: 'p-active', mode: 'guided', timeZone, startDate, clock });
    const quiet = createProgram(bundle, { participant: 'p-quiet', mode: 'guided', timeZone, startDate, clock });
    runCheckingIn([active, quiet], clock, 0, 9);
    // From day 10 only `active` checks in.
    const missedItems = () => coachQueue([active, quiet], clock.now()).filter((item) => item.kind === 'missed-check-ins');
    eachDay(clock, 10, 13, (index) => {
      expect(missedItems()).toEqual(index < 13 ? [] : [expect.objectContaining({ participant: 'p-quiet', days: 3, since: at(10, 0) })]);
      clock.set(at(index, 19));
      checkIn(active, { pain: 5, practised: true, minutes: 10, active: 30, sleep: 5 });
    });
    clock.set(at(14, 9));
    const [item] = missedItems();
    expect(item).toMatchObject({ participant: 'p-quiet', days: 4, action: { type: 'contact' } });
    expect(quiet.getOverview().checkIn).toMatchObject({ missedDays: 4, missedInARow: 4 });
    expect(quiet.coachAction(item!.action, { coach: 'c-2' })).toEqual({ accepted: true });
    expect(missedItems()).toEqual([]);
    // Week 2 ended with 3 check-ins missed: feedback reflects it.
    clock.set(at(21, 9));
    expect(quiet.getFeedback().map((entry) => entry.summary.checkIns)).toEqual([7, 3, 0]);
    expect(quiet.getFeedback()[2]!.rule).toBe('few-check-ins');
    // After a week without anything, a missed-week reminder is due once.
    clock.set(at(18, 19));
    const reminders = quiet.getReminders().map((reminder) => reminder.kind);
    expect(reminders).toContain('missed-week');
  });
});

describe('snapshots during the simulation', () => {
  it('restore to a program that goes on exactly like the one that never stopped', () => {
    const clock = manualClock(at(0, 8));
    const options = { participant: 'p-snap', mode: 'self-directed' as const, timeZone, startDate, clock };
    let program = createProgram(bundle, options);
    const reference = createProgram(bundle, { ...options, participant: 'p-snap' });
    eachDay(clock, 0, 20, (index) => {
      for (const which of [program, reference]) {
        const opened = which.getOverview().next?.status === 'available' ? which.openSession(which.getOverview().next!.lesson) : undefined;
        if (opened?.accepted) opened.session.send({ type: 'next' });
      }
      // Save and restore `program` with a session possibly in progress.
      const snapshot = JSON.parse(JSON.stringify(program.getSnapshot()));
      expect(validateProgramSnapshot(snapshot)).toBe(true);
      program = createProgram(bundle, { ...options, snapshot });
      expect(program.getSnapshot()).toEqual(reference.getSnapshot());
      for (const which of [program, reference]) {
        doNextSession(which);
        clock.set(at(index, 19));
        if (index % 3 !== 0) checkIn(which, { pain: 4, practised: true, minutes: 5, active: 20, sleep: 7 });
        clock.set(at(index, 9));
      }
      expect(program.getOverview()).toEqual(reference.getOverview());
    });
    expect(program.getSnapshot()).toEqual(reference.getSnapshot());
  });
});
