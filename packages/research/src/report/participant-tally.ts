/**
 * Adds up one participant's records for the adherence report.
 *
 * @module
 */

import type { Bundle, DeliveryMode, SessionRecord } from '@copekit/schema';
import type { LessonTime, ParticipantAdherence, SafetyAlertEvent } from './adherence-types.js';

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

/** Running totals of one participant, fed record by record. */
export class ParticipantTally {
  readonly #plan: TallyPlan;
  readonly #participant: string;
  #first = Number.POSITIVE_INFINITY;
  #last = Number.NEGATIVE_INFINITY;
  readonly #modes = new Set<DeliveryMode>();
  readonly #versions = new Set<string>();
  readonly #completedSessions = new Set<string>();
  #checkIns = 0;
  readonly #checkInDays = new Set<string>();
  readonly #practiceWeeks: number[] = [];
  readonly #practiceElapsed = new Map<string, number>();
  #reported: number | null = null;
  readonly #clocks = new Map<string, SessionClock>();
  readonly #lessons = new Map<string, LessonTime>();
  readonly #alerts: SafetyAlertEvent[] = [];
  readonly #openAlerts = new Map<string, SafetyAlertEvent[]>();

  constructor(participant: string, plan: TallyPlan) {
    this.#participant = participant;
    this.#plan = plan;
  }

  /** Adds one record of this participant. */
  add(record: SessionRecord): void {
    this.#first = Math.min(this.#first, record.at);
    this.#last = Math.max(this.#last, record.at);
    this.#versions.add(record.curriculumVersion);
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
        if (record.payload.started) {
          const alert: SafetyAlertEvent = { time: iso(record.at), session: record.session, lesson: record.payload.lesson, item: record.payload.item, acknowledged: null };
          this.#alerts.push(alert);
          this.#openAlerts.set(record.session, [...(this.#openAlerts.get(record.session) ?? []), alert]);
        }
        break;
      case 'safety.acknowledged':
        for (const alert of this.#openAlerts.get(record.session) ?? []) alert.acknowledged = iso(record.at);
        this.#openAlerts.delete(record.session);
        break;
      default:
        break;
    }
  }

  /** The participant's part of the report. */
  result(): ParticipantAdherence {
    const weeks = Math.max(1, this.#week(this.#last) + 1);
    const practiceByWeek = Array.from({ length: weeks }, (_, index) => round(this.#practiceWeeks[index] ?? 0));
    const practiceMinutes = round(this.#practiceWeeks.reduce((sum, minutes) => sum + (minutes ?? 0), 0));
    const byLesson = [...this.#lessons.values()].sort((a, b) => (a.lesson < b.lesson ? -1 : a.lesson > b.lesson ? 1 : 0)).map((entry) => ({ ...entry, minutes: round(entry.minutes) }));
    const acknowledged = this.#alerts.filter((alert) => alert.acknowledged !== null).length;
    return {
      participant: this.#participant,
      modes: [...this.#modes].sort(),
      versions: [...this.#versions].sort(),
      first: iso(this.#first),
      last: iso(this.#last),
      weeks,
      sessions: {
        planned: this.#plan.sessions.length,
        completed: this.#completedSessions.size,
        completedLessons: this.#plan.sessions.filter((lesson) => this.#completedSessions.has(lesson)),
      },
      checkIns: { done: this.#checkIns, days: this.#checkInDays.size, perWeek: round(this.#checkIns / weeks) },
      practice: {
        minutes: practiceMinutes,
        perWeek: round(practiceMinutes / weeks),
        byWeek: practiceByWeek,
        reportedMinutes: this.#reported === null ? null : round(this.#reported),
      },
      lessons: {
        started: byLesson.reduce((sum, entry) => sum + entry.started, 0),
        completed: byLesson.reduce((sum, entry) => sum + entry.completed, 0),
        minutes: round(byLesson.reduce((sum, entry) => sum + entry.minutes, 0)),
        byLesson,
      },
      safety: { alerts: this.#alerts.length, acknowledged, unacknowledged: this.#alerts.length - acknowledged, events: this.#alerts },
    };
  }

  #completed(record: Extract<SessionRecord, { type: 'lesson.completed' }>): void {
    this.#lesson(record.lesson).completed += 1;
    this.#clocks.delete(record.session);
    if (this.#plan.sessions.includes(record.lesson)) this.#completedSessions.add(record.lesson);
    if (record.lesson === this.#plan.checkIn) {
      this.#checkIns += 1;
      this.#checkInDays.add(iso(record.at).slice(0, 10));
    }
    const measure = this.#plan.practiceMeasure;
    if (measure !== null && record.lesson === measure[0]) {
      const value = record.payload.answers[measure[1]];
      this.#reported = (this.#reported ?? 0) + (typeof value === 'number' ? value : 0);
    }
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

/** ISO 8601 time of a clock value. */
function iso(at: number): string {
  return new Date(at).toISOString();
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
