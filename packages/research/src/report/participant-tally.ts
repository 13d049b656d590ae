/**
 * Adds up one participant's records for the adherence report.
 *
 * @module
 */

import type { Bundle, DeliveryMode, ProgramRecord, SessionRecord } from '@copekit/schema';
import type { LessonTime, ParticipantAdherence } from './adherence-types.js';
import { AlertTally, iso } from './alert-tally.js';

const minute = 60_000;
const week = 7 * 24 * 60 * minute;

interface SessionClock {
  lesson: string;
  last: number;
  exited: boolean;
}

/** What the tally needs of the plan. */
export interface TallyPlan {
  sessions: readonly string[];
  checkIn: string | null;
  /** `[lesson, item]` of the reported practice minutes, if any. */
  practiceMeasure: readonly [string, string] | null;
  /** Longest gap between two records of a session that counts as time in the lesson, in ms. */
  idleMs: number;
}

/** Program records that are the participant's own doing (the others are written by time or a coach). */
const participantActions = new Set<ProgramRecord['type']>(['program.started', 'session.opened', 'session.completed', 'check-in.completed', 'homework.logged', 'alert.raised']);

/** Running totals of one participant, fed record by record. */
export class ParticipantTally {
  readonly #plan: TallyPlan;
  readonly #participant: string;
  #first = Number.POSITIVE_INFINITY;
  /** Time of the last own action, and of the last record of any kind (used when there is no action). */
  #last = Number.NEGATIVE_INFINITY;
  #lastAny = Number.NEGATIVE_INFINITY;
  readonly #modes = new Set<DeliveryMode>();
  readonly #versions = new Set<string>();
  readonly #completedSessions = new Set<string>();
  /** Session ids of the check-ins counted, so one read from both the engine and the program record counts once. */
  readonly #checkIns = new Set<string>();
  readonly #checkInDays = new Set<string>();
  readonly #loggedWeeks: number[] = [];
  #loggedPractices = 0;
  readonly #practiceWeeks: number[] = [];
  readonly #practiceElapsed = new Map<string, number>();
  #reported: number | null = null;
  readonly #clocks = new Map<string, SessionClock>();
  readonly #lessons = new Map<string, LessonTime>();
  readonly #alerts = new AlertTally();

  constructor(participant: string, plan: TallyPlan) {
    this.#participant = participant;
    this.#plan = plan;
  }

  /** Adds one engine record of this participant. */
  add(record: SessionRecord): void {
    this.#seen(record, true);
    this.#time(record);
    switch (record.type) {
      case 'session.started':
        this.#modes.add(record.payload.mode);
        this.#lesson(record.lesson).started += 1;
        break;
      case 'lesson.completed':
        this.#completed(record);
        break;
      case 'practice.started':
      case 'practice.paused':
      case 'practice.resumed':
      case 'practice.completed': {
        const key = `${record.session}\u0000${record.payload.practice}`;
        const counted = this.#practiceElapsed.get(key) ?? 0;
        if (record.payload.elapsed > counted) {
          const index = this.#week(record.at);
          this.#practiceWeeks[index] = (this.#practiceWeeks[index] ?? 0) + (record.payload.elapsed - counted) / 60;
          this.#practiceElapsed.set(key, record.payload.elapsed);
        }
        break;
      }
      case 'safety.alert':
        this.#alerts.engineAlert(record);
        break;
      case 'safety.acknowledged':
        this.#alerts.acknowledged(record);
        break;
      default:
        break;
    }
  }

  /** Adds one program record of this participant. */
  addProgram(record: ProgramRecord): void {
    this.#seen(record, participantActions.has(record.type));
    switch (record.type) {
      case 'program.started':
        this.#modes.add(record.payload.mode);
        break;
      case 'session.completed':
        if (this.#plan.sessions.includes(record.payload.lesson)) this.#completedSessions.add(record.payload.lesson);
        break;
      case 'check-in.completed':
        this.#checkIn(record.payload.session, record.at, record.payload.measures.practiceMinutes);
        break;
      case 'homework.logged': {
        this.#loggedPractices += 1;
        const index = this.#week(record.at);
        this.#loggedWeeks[index] = (this.#loggedWeeks[index] ?? 0) + (record.payload.minutes ?? 0);
        break;
      }
      case 'alert.raised':
        this.#alerts.programAlert(record);
        break;
      case 'coach.resolved-alert':
        this.#alerts.resolved(record);
        break;
      default:
        break;
    }
  }

  /** The participant's part of the report. */
  result(): ParticipantAdherence {
    const last = Number.isFinite(this.#last) ? this.#last : this.#lastAny;
    const weeks = Math.max(1, this.#week(last) + 1);
    const practiceByWeek = Array.from({ length: weeks }, (_, index) => round(this.#practiceWeeks[index] ?? 0));
    const practiceMinutes = round(this.#practiceWeeks.reduce((sum, minutes) => sum + (minutes ?? 0), 0));
    const loggedMinutes = round(this.#loggedWeeks.reduce((sum, minutes) => sum + (minutes ?? 0), 0));
    const byLesson = [...this.#lessons.values()].sort((a, b) => (a.lesson < b.lesson ? -1 : a.lesson > b.lesson ? 1 : 0)).map((entry) => ({ ...entry, minutes: round(entry.minutes) }));
    return {
      participant: this.#participant,
      modes: [...this.#modes].sort(),
      versions: [...this.#versions].sort(),
      first: iso(this.#first),
      last: iso(last),
      weeks,
      sessions: {
        planned: this.#plan.sessions.length,
        completed: this.#completedSessions.size,
        completedLessons: this.#plan.sessions.filter((lesson) => this.#completedSessions.has(lesson)),
      },
      checkIns: { done: this.#checkIns.size, days: this.#checkInDays.size, perWeek: round(this.#checkIns.size / weeks) },
      practice: {
        minutes: practiceMinutes,
        perWeek: round(practiceMinutes / weeks),
        byWeek: practiceByWeek,
        reportedMinutes: this.#reported === null ? null : round(this.#reported),
        logged: {
          practices: this.#loggedPractices,
          minutes: loggedMinutes,
          perWeek: round(loggedMinutes / weeks),
          byWeek: Array.from({ length: weeks }, (_, index) => round(this.#loggedWeeks[index] ?? 0)),
        },
      },
      lessons: {
        started: byLesson.reduce((sum, entry) => sum + entry.started, 0),
        completed: byLesson.reduce((sum, entry) => sum + entry.completed, 0),
        minutes: round(byLesson.reduce((sum, entry) => sum + entry.minutes, 0)),
        byLesson,
      },
      safety: this.#alerts.summary(),
    };
  }

  #completed(record: Extract<SessionRecord, { type: 'lesson.completed' }>): void {
    this.#lesson(record.lesson).completed += 1;
    this.#clocks.delete(record.session);
    if (this.#plan.sessions.includes(record.lesson)) this.#completedSessions.add(record.lesson);
    const measure = this.#plan.practiceMeasure;
    if (record.lesson === this.#plan.checkIn) {
      const value = measure !== null && record.lesson === measure[0] ? record.payload.answers[measure[1]] : undefined;
      this.#checkIn(record.session, record.at, typeof value === 'number' ? value : undefined);
    }
  }

  /** Counts the check-in of engine session `session` once, with the practice minutes it reported. */
  #checkIn(session: string, at: number, practiceMinutes: number | undefined): void {
    if (this.#checkIns.has(session)) return;
    this.#checkIns.add(session);
    this.#checkInDays.add(iso(at).slice(0, 10));
    if (this.#plan.practiceMeasure !== null) this.#reported = (this.#reported ?? 0) + (practiceMinutes ?? 0);
  }

  /** Notes the record's time and version; `action` when the participant did it. */
  #seen(record: SessionRecord | ProgramRecord, action: boolean): void {
    this.#first = Math.min(this.#first, record.at);
    this.#lastAny = Math.max(this.#lastAny, record.at);
    if (action) this.#last = Math.max(this.#last, record.at);
    this.#versions.add(record.curriculumVersion);
  }

  /** Adds the time since the session's previous record to its lesson, unless the participant had left or was idle. */
  #time(record: SessionRecord): void {
    const clock = this.#clocks.get(record.session);
    if (clock !== undefined && !clock.exited) {
      const gap = record.at - clock.last;
      if (gap > 0 && gap <= this.#plan.idleMs) this.#lesson(clock.lesson).minutes += gap / minute;
    }
    this.#clocks.set(record.session, { lesson: record.lesson, last: record.at, exited: record.type === 'session.exited' });
  }

  #lesson(id: string): LessonTime {
    let entry = this.#lessons.get(id);
    if (entry === undefined) {
      entry = { lesson: id, started: 0, completed: 0, minutes: 0 };
      this.#lessons.set(id, entry);
    }
    return entry;
  }

  #week(at: number): number {
    return Math.max(0, Math.floor((at - this.#first) / week));
  }
}

/** Rounds to one decimal. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The plan a tally needs, from a bundle. */
export function tallyPlan(bundle: Bundle, idleMinutes: number): TallyPlan {
  const { program } = bundle.curriculum;
  const measure = program.measures?.practiceMinutes?.split('.');
  return {
    sessions: program.sessions,
    checkIn: program.checkIn ?? null,
    practiceMeasure: measure?.length === 2 ? [measure[0]!, measure[1]!] : null,
    idleMs: idleMinutes * minute,
  };
}
