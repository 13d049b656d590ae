import { validateProgramRecord, type Bundle } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { completeSession } from '../../test/helpers/complete-session.js';
import { manualClock } from '../../test/helpers/manual-clock.js';
import { at, doNextSession, startDate, timeZone } from '../../test/helpers/participant.js';
import { shippedBundle } from '../../test/helpers/shipped-bundle.js';
import { createProgram } from './create-program.js';
import { ProgramError } from './program-error.js';
import type { ProgramOptions } from './program-options.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await shippedBundle();
});

const base = (clock = manualClock(at(0, 9))): ProgramOptions => ({ participant: 'p-1', mode: 'self-directed', timeZone, startDate, clock });

describe('createProgram', () => {
  it('starts with a program.started record and session 1 unlocked, stamped with the versions', () => {
    const program = createProgram(bundle, base());
    const [started, unlocked] = program.getRecords();
    expect(started).toMatchObject({
      seq: 0,
      type: 'program.started',
      program: 'p-1/copekit-chronic-pain',
      participant: 'p-1',
      bundleHash: bundle.hash,
      curriculumVersion: bundle.curriculum.version,
      payload: { mode: 'self-directed', region: 'us', timeZone, startDate, sessions: bundle.curriculum.program.sessions },
    });
    expect(unlocked).toMatchObject({ seq: 1, type: 'session.unlocked', payload: { lesson: 'pain-and-relaxation', number: 1, by: 'start' } });
    expect(program.getRecords().every((record) => validateProgramRecord(record))).toBe(true);
  });

  it('starts today in the participant’s time zone when no start date is given', () => {
    // 03:00 UTC on 6 January is still 5 January in New York.
    const program = createProgram(bundle, { ...base(manualClock(Date.UTC(2026, 0, 6, 3))), startDate: undefined });
    expect(program.getModel().settings.startDate).toBe('2026-01-05');
  });

  it('keeps sessions locked before the start date', () => {
    const program = createProgram(bundle, { ...base(manualClock(at(-2, 9))) });
    expect(program.getRecords().map((record) => record.type)).toEqual(['program.started']);
    expect(program.openSession('pain-and-relaxation')).toMatchObject({ accepted: false, reason: 'not-started' });
    expect(program.openCheckIn()).toMatchObject({ accepted: false, reason: 'not-started' });
  });

  it.each([
    [{ participant: '' }, '`participant` must be a non-empty string'],
    [{ mode: 'coached' }, '`mode` must be `guided` or `self-directed`'],
    [{ timeZone: 'Mars/Base' }, '`timeZone` must be an IANA time zone'],
    [{ startDate: '2026-02-30' }, '`startDate` must be a date written YYYY-MM-DD'],
    [{ clock: { now: 5 } }, '`clock` must be an object with a `now()` method'],
    [{ preferences: { checkInAt: '8pm' } }, '`preferences.checkInAt` must be a time written HH:MM'],
  ])('refuses bad options %j', (change, message) => {
    expect(() => createProgram(bundle, { ...base(), ...(change as object) })).toThrow(ProgramError);
    expect(() => createProgram(bundle, { ...base(), ...(change as object) })).toThrow(message);
  });

  it('refuses a clock that does not return a finite number', () => {
    expect(() => createProgram(bundle, { ...base(), clock: { now: () => Number.NaN } })).toThrow(expect.objectContaining({ code: 'invalid-clock' }));
  });

  it('refuses a bundle whose feedback rule does not check, naming the rule', () => {
    const broken = structuredClone(bundle);
    broken.curriculum.program.feedback = [{ id: 'odd', when: 'mean(steps) > 3', message: 'Hi.', priority: 1 }];
    expect(() => createProgram(broken, base())).toThrow(/feedback rule `odd`: Unknown name `steps`/);
  });
});

describe('opening sessions', () => {
  it('opens the next session only when the previous is complete and the minimum days have passed', () => {
    const clock = manualClock(at(0, 9));
    const program = createProgram(bundle, base(clock));
    expect(program.openSession('mini-practices')).toMatchObject({ accepted: false, reason: 'locked', message: expect.stringContaining('after session 1 is completed') });
    doNextSession(program);
    clock.set(at(6, 23));
    expect(program.openSession('mini-practices')).toMatchObject({ accepted: false, reason: 'locked', message: expect.stringContaining('opens on 2026-01-12') });
    clock.set(at(7, 0));
    expect(program.getOverview().next).toMatchObject({ lesson: 'mini-practices', status: 'available' });
    expect(program.openSession('mini-practices').accepted).toBe(true);
  });

  it('returns the same engine session when a session in progress is opened again', () => {
    const program = createProgram(bundle, base());
    const first = program.openSession('pain-and-relaxation');
    const again = program.openSession('pain-and-relaxation');
    expect(first.accepted && again.accepted && first.session === again.session).toBe(true);
    expect(program.getOpenSessions()).toHaveLength(1);
    expect(program.getRecords().filter((record) => record.type === 'session.opened')).toHaveLength(1);
  });

  it('refuses unknown lessons, completed sessions and a second check-in the same day', () => {
    const program = createProgram(bundle, base());
    expect(program.openSession('daily-check-in')).toMatchObject({ accepted: false, reason: 'unknown-lesson' });
    doNextSession(program);
    expect(program.openSession('pain-and-relaxation')).toMatchObject({ accepted: false, reason: 'already-done' });
    const opened = program.openCheckIn();
    expect(opened.accepted).toBe(true);
  });

  it('keeps the answers of each completed lesson, for later sessions’ conditions', () => {
    const program = createProgram(bundle, base());
    const opened = program.openSession('pain-and-relaxation');
    if (!opened.accepted) throw new Error(opened.message);
    completeSession(opened.session);
    const completed = opened.session.getRecords().find((record) => record.type === 'lesson.completed');
    if (completed?.type !== 'lesson.completed') throw new Error('not completed');
    expect(program.getModel().state.answers['pain-and-relaxation']).toEqual({ ...completed.payload.answers, ...completed.payload.scores });
    expect(program.getOpenSessions()).toEqual([]);
  });
});

describe('refused actions', () => {
  it('change nothing and write nothing', () => {
    const clock = manualClock(at(0, 9));
    const program = createProgram(bundle, { ...base(clock), mode: 'guided' });
    doNextSession(program);
    clock.set(at(9, 9));
    const snapshot = program.getSnapshot();
    const records = program.getRecords().length;
    const refusals = [
      program.logPractice({ skill: 'Not A Skill' }),
      program.logPractice({ skill: 'pmr', date: '2026-01-01' }),
      program.logPractice({ skill: 'pmr', minutes: -5 }),
      program.coachAction({ type: 'resolve-alert', alert: 'nope' }, { coach: 'c-1' }),
      program.coachAction({ type: 'review-homework', plan: 'nope' }, { coach: 'c-1' }),
      program.coachAction({ type: 'unlock-session', lesson: 'activity-pacing' }, { coach: 'c-1' }),
      program.coachAction({ type: 'contact' }, { coach: '' }),
      program.markReminderSent('hello'),
      program.openSession('mini-practices'),
    ];
    expect(refusals.map((result) => (result.accepted ? 'accepted' : result.reason))).toEqual([
      'invalid-input',
      'invalid-input',
      'invalid-input',
      'unknown-alert',
      'unknown-plan',
      'not-due',
      'invalid-input',
      'invalid-input',
      'awaiting-approval',
    ]);
    expect(program.getRecords()).toHaveLength(records);
    expect(program.getSnapshot()).toEqual(snapshot);
  });

  it('are not allowed for coaches in self-directed programs', () => {
    const clock = manualClock(at(0, 9));
    const program = createProgram(bundle, base(clock));
    doNextSession(program);
    clock.set(at(7, 9));
    expect(program.coachAction({ type: 'unlock-session', lesson: 'mini-practices' }, { coach: 'c-1' })).toMatchObject({ accepted: false, reason: 'not-allowed' });
  });
});

describe('time acting', () => {
  it('writes unlocks and weekly feedback on tick(), once', () => {
    const clock = manualClock(at(0, 9));
    const program = createProgram(bundle, base(clock));
    doNextSession(program);
    clock.set(at(8, 9));
    expect(program.getFeedback().map((entry) => entry.week)).toEqual([1]);
    expect(program.tick().map((record) => record.type)).toEqual(['session.unlocked', 'feedback.chosen']);
    expect(program.tick()).toEqual([]);
    // Week 1 had no check-in at all.
    expect(program.getFeedback()[0]).toMatchObject({ rule: 'few-check-ins', summary: { checkIns: 0, missedCheckIns: 7 } });
  });

  it('publishes each record to listeners in order', () => {
    const clock = manualClock(at(0, 9));
    const program = createProgram(bundle, base(clock));
    const seen: number[] = [];
    const subscription = program.onRecord((record) => seen.push(record.seq));
    doNextSession(program);
    subscription.unsubscribe();
    clock.set(at(8, 9));
    program.tick();
    expect(seen).toEqual([2, 3, 4]);
    expect(program.getRecords().slice(2, 5).map((record) => record.type)).toEqual(['session.opened', 'session.completed', 'homework.assigned']);
  });
});
