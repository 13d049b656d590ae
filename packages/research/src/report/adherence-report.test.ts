import type { Block, Bundle, ProgramRecord, SessionRecord } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedBundle } from '../../test/fixtures/shipped-bundle.js';
import { participants, simulateTrial, trialStart } from '../../test/fixtures/simulated-trial.js';
import { adherenceReport } from './adherence-report.js';
import type { AdherenceReport } from './adherence-types.js';

let bundle: Bundle;
let records: SessionRecord[];
let report: AdherenceReport;

beforeAll(async () => {
  bundle = await shippedBundle();
  records = simulateTrial(bundle);
  report = await adherenceReport(records, bundle);
});

const of = (id: string) => report.participants.find((participant) => participant.participant === id)!;

/** Practice blocks (with minutes) anywhere in a lesson. */
function practiceMinutes(lesson: string): number[] {
  const found: number[] = [];
  const walk = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.type === 'show') walk(block.blocks);
      if (block.type === 'practice') found.push(block.minutes);
    }
  };
  for (const step of bundle.lessons.find((candidate) => candidate.id === lesson)!.steps) walk(step.blocks);
  return found;
}

describe('adherenceReport on a simulated trial', () => {
  it('states the plan from the bundle', () => {
    expect(report.curriculum).toEqual({ id: bundle.curriculum.id, version: bundle.curriculum.version, hash: bundle.hash });
    expect(report.planned.sessions).toEqual(bundle.curriculum.program.sessions);
    expect(report.planned.checkIn).toBe('daily-check-in');
    expect(report.planned.sessionMinutes).toBeGreaterThan(60);
  });

  it('counts sessions completed of those planned, and check-ins, per participant', () => {
    expect(report.participants.map((participant) => participant.participant)).toEqual(participants.map((participant) => participant.id));
    for (const script of participants) {
      const result = of(script.id);
      const completed = script.dropsOutIn === undefined ? script.sessions : bundle.curriculum.program.sessions.indexOf(script.dropsOutIn);
      expect(result.sessions).toEqual({ planned: 8, completed, completedLessons: bundle.curriculum.program.sessions.slice(0, completed) });
      expect(result.checkIns.done).toBe(script.checkIns);
      expect(result.checkIns.days).toBe(script.checkIns);
      expect(result.modes).toEqual([script.mode]);
      expect(result.versions).toEqual([bundle.curriculum.version]);
    }
    expect(report.overall.sessions).toEqual({ planned: 8, completed: 8 + 3 + 2 + 1, mean: 3.5, completedAll: 1 });
    expect(report.overall.checkIns.done).toBe(16);
  });

  it('adds up practice minutes from the practice records, by week', () => {
    const p01 = of('p-01');
    // The script starts each practice, waits its planned minutes, then completes it 15 s later.
    const expected = p01.sessions.completedLessons.flatMap(practiceMinutes).reduce((sum, minutes) => sum + minutes + 0.25, 0);
    expect(expected).toBeGreaterThan(30);
    expect(p01.practice.minutes).toBeCloseTo(expected, 0);
    expect(p01.practice.byWeek.reduce((sum, minutes) => sum + minutes, 0)).toBeCloseTo(p01.practice.minutes, 0);
    expect(p01.practice.byWeek).toHaveLength(p01.weeks);
    expect(p01.practice.perWeek).toBeCloseTo(p01.practice.minutes / p01.weeks, 0);
    expect(p01.weeks).toBeGreaterThanOrEqual(8);
    // The program names `daily-check-in.practice-minutes` as its practice measure: the minutes of p-01's check-ins.
    const reported = records
      .filter((record) => record.participant === 'p-01' && record.type === 'lesson.completed' && record.lesson === 'daily-check-in')
      .reduce((sum, record) => sum + Number((record.payload as { answers: Record<string, unknown> }).answers['practice-minutes'] ?? 0), 0);
    expect(p01.practice.reportedMinutes).toBe(reported);
    expect(p01.practice.logged).toEqual({ practices: 0, minutes: 0, perWeek: 0, byWeek: Array(p01.weeks).fill(0) });
  });

  it('reports every safety alert and whether it was acknowledged', () => {
    expect(of('p-01').safety).toEqual({ alerts: 0, acknowledged: 0, unacknowledged: 0, resolved: 0, unresolved: 0, events: [] });
    const acknowledged = of('p-02').safety;
    expect(acknowledged).toMatchObject({ alerts: 1, acknowledged: 1, unacknowledged: 0 });
    expect(acknowledged.events[0]).toMatchObject({ lesson: 'weekly-mood', acknowledged: expect.stringMatching(/^2026-/) });
    const alert = records.find((record) => record.type === 'safety.alert' && record.participant === 'p-03')!;
    expect(of('p-03').safety).toEqual({
      alerts: 1,
      acknowledged: 0,
      unacknowledged: 1,
      resolved: 0,
      unresolved: 1,
      events: [
        {
          alert: `${alert.session}#${alert.seq}`,
          time: new Date(alert.at).toISOString(),
          session: alert.session,
          lesson: 'weekly-mood',
          item: (alert.payload as { item: string }).item,
          acknowledged: null,
          resolved: null,
          resolvedBy: null,
        },
      ],
    });
    expect(report.overall.safety).toEqual({ alerts: 2, acknowledged: 1, unacknowledged: 1, resolved: 0, unresolved: 2 });
  });

  it('measures time in lessons per lesson', () => {
    const p01 = of('p-01');
    expect(p01.lessons.started).toBe(1 + 8 + 10 + 1);
    expect(p01.lessons.completed).toBe(1 + 8 + 10 + 1);
    expect(p01.lessons.byLesson.map((entry) => entry.lesson)).toEqual([...new Set(['baseline-measures', 'daily-check-in', 'weekly-mood', ...bundle.curriculum.program.sessions])].sort());
    expect(p01.lessons.minutes).toBeGreaterThan(p01.practice.minutes);
  });
});

describe('adherenceReport time in lessons', () => {
  const base = {
    session: 's-1',
    participant: 'p-9',
    curriculum: 'copekit-chronic-pain',
    curriculumVersion: '1.0.0',
    bundleHash: 'sha256:x',
    lesson: 'daily-check-in',
    lessonHash: 'sha256:y',
    engineVersion: '0.1.0',
    flow: 'lesson',
    step: null,
  };
  const at = (minutes: number) => trialStart + minutes * 60_000;
  const make = (seq: number, minutes: number, type: string, payload: object = {}) => ({ ...base, seq, at: at(minutes), type, payload }) as unknown as SessionRecord;

  it('leaves out time after exit and gaps over the idle limit, and skips records it does not know', async () => {
    const result = await adherenceReport(
      [
        make(0, 0, 'session.started', { mode: 'guided', region: 'us' }),
        make(1, 2, 'step.entered', { lesson: 'daily-check-in', index: 0, count: 5 }),
        make(2, 3, 'session.exited'),
        make(3, 600, 'session.resumed'),
        make(4, 601, 'step.entered', { lesson: 'daily-check-in', index: 1, count: 5 }),
        { type: 'program.session-unlocked', participant: 'p-9' },
        make(5, 700, 'step.entered', { lesson: 'daily-check-in', index: 2, count: 5 }),
        make(6, 704, 'lesson.completed', { answers: {}, scores: {}, skipped: [] }),
      ],
      bundle,
      { idleMinutes: 30 },
    );
    const [participant] = result.participants;
    expect(participant!.lessons).toEqual({ started: 1, completed: 1, minutes: 3 + 1 + 4, byLesson: [{ lesson: 'daily-check-in', started: 1, completed: 1, minutes: 8 }] });
    expect(participant!.checkIns).toEqual({ done: 1, days: 1, perWeek: 1 });
    expect(participant!.weeks).toBe(1);
  });

  it('reports an empty trial', async () => {
    const result = await adherenceReport([], bundle);
    expect(result.participants).toEqual([]);
    expect(result.overall).toMatchObject({ participants: 0, sessions: { completed: 0, mean: 0, completedAll: 0 } });
  });
});

describe('adherenceReport with program records', () => {
  const base = {
    program: 'p-7/copekit-chronic-pain',
    participant: 'p-7',
    curriculum: 'copekit-chronic-pain',
    curriculumVersion: '1.0.0',
    bundleHash: 'sha256:x',
    engineVersion: '0.1.0',
    programVersion: '0.1.0',
  };
  const day = 24 * 60 * 60_000;
  let seq = 0;
  const make = (days: number, type: string, payload: object) => ({ ...base, seq: seq++, at: trialStart + days * day, type, payload }) as unknown as ProgramRecord;
  const logged = (days: number, minutes: number | null) => make(days, 'homework.logged', { skill: 'pmr', date: '2026-03-02', minutes, plan: null });
  const checkIn = (days: number, session: string, practiceMinutes?: number) =>
    make(days, 'check-in.completed', { lesson: 'daily-check-in', session, date: '2026-03-02', measures: practiceMinutes === undefined ? {} : { practiceMinutes } });

  it('counts sessions, check-ins and logged practice by week, up to the last own action', async () => {
    const [participant] = (
      await adherenceReport(
        [
          make(0, 'program.started', { mode: 'self-directed', region: 'us', timeZone: 'UTC', startDate: '2026-03-02', sessions: [] }),
          make(0, 'session.completed', { lesson: 'pain-and-relaxation', number: 1, session: 's-1' }),
          make(0, 'session.completed', { lesson: 'pain-and-relaxation', number: 1, session: 's-1' }),
          logged(1, 15),
          logged(2, null),
          checkIn(2, 'c-1', 20),
          checkIn(2, 'c-1', 20),
          checkIn(3, 'c-2'),
          logged(8, 10),
          make(14, 'feedback.chosen', { week: 2, rule: null, message: null, summary: {} }),
          make(20, 'coach.contacted', { coach: 'c-1' }),
        ],
        bundle,
      )
    ).participants;
    expect(participant).toMatchObject({
      participant: 'p-7',
      modes: ['self-directed'],
      last: new Date(trialStart + 8 * day).toISOString(),
      weeks: 2,
      sessions: { completed: 1, completedLessons: ['pain-and-relaxation'] },
      checkIns: { done: 2, days: 2, perWeek: 1 },
      practice: { minutes: 0, reportedMinutes: 20, logged: { practices: 3, minutes: 25, perWeek: 12.5, byWeek: [15, 10] } },
      lessons: { started: 0, completed: 0, minutes: 0 },
    });
  });

  it('counts a check-in read from both the engine and the program record once', async () => {
    const completed = { ...simpleRecord('lesson.completed', { answers: { 'practice-minutes': 20 }, scores: {}, skipped: [] }), participant: 'p-7', session: 'c-1' };
    const [participant] = (await adherenceReport([checkIn(0, 'c-1', 20), completed], bundle)).participants;
    expect(participant!.checkIns.done).toBe(1);
    expect(participant!.practice.reportedMinutes).toBe(20);
  });

  it('uses the last record of any kind when the participant did nothing themselves', async () => {
    const [participant] = (await adherenceReport([make(0, 'coach.contacted', { coach: 'c-1' }), make(9, 'reminder.sent', { key: 'k', kind: 'check-in' })], bundle)).participants;
    expect(participant).toMatchObject({ weeks: 2, last: new Date(trialStart + 9 * day).toISOString() });
  });
});

/** An engine record of the check-in lesson at the trial start. */
function simpleRecord(type: string, payload: object): SessionRecord {
  return {
    type,
    payload,
    seq: 0,
    at: trialStart,
    session: 's-x',
    participant: 'p-x',
    curriculum: 'copekit-chronic-pain',
    curriculumVersion: '1.0.0',
    bundleHash: 'sha256:x',
    lesson: 'daily-check-in',
    lessonHash: 'sha256:y',
    engineVersion: '0.1.0',
    flow: 'lesson',
    step: null,
  } as unknown as SessionRecord;
}
