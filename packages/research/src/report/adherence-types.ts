/**
 * The adherence and dose report (TIDieR items 8, 11 and 12): what each
 * participant received of the program, and the whole trial.
 *
 * @module
 */

import type { DeliveryMode } from '@copekit/schema';

/** The adherence report: plain JSON. */
export interface AdherenceReport {
  reportVersion: 1;
  /** The bundle the plan comes from. */
  curriculum: { id: string; version: string; hash: string };
  /** The intended dose, from the bundle's program. */
  planned: PlannedDose;
  /** One entry per participant, sorted by id. */
  participants: ParticipantAdherence[];
  overall: OverallAdherence;
}

/** The intended dose. */
export interface PlannedDose {
  /** Program session lesson ids, in order. */
  sessions: string[];
  /** Sum of the sessions' estimated minutes. */
  sessionMinutes: number;
  /** The daily check-in lesson, if the program has one. */
  checkIn: string | null;
  /** The check-in item that measures practice minutes (`lesson.item`), if the program names one. */
  practiceMinutesMeasure: string | null;
}

/** What one participant received. */
export interface ParticipantAdherence {
  participant: string;
  /** Delivery modes of their sessions. */
  modes: DeliveryMode[];
  /** Curriculum versions their records were written with. */
  versions: string[];
  /** Time of their first record (the program start, when program records are read), ISO 8601. */
  first: string;
  /**
   * Time of their last own action, ISO 8601: any engine record, or a program
   * record of the participant's doing (not unlocks, feedback, reminders or
   * coach actions written later).
   */
  last: string;
  /** Weeks from `first` to `last`, counting a started week (at least 1). */
  weeks: number;
  sessions: {
    planned: number;
    /** Program sessions completed (each lesson counted once; from `lesson.completed` or program `session.completed` records). */
    completed: number;
    /** Program session lesson ids completed, in program order. */
    completedLessons: string[];
  };
  checkIns: {
    /** Check-in lessons completed (each session counted once; from `lesson.completed` or program `check-in.completed` records). */
    done: number;
    /** Distinct days (UTC) with a completed check-in. */
    days: number;
    perWeek: number;
  };
  practice: {
    /** Minutes of guided practice timed in sessions (from practice records). */
    minutes: number;
    perWeek: number;
    /** Minutes per week, week 1 first. */
    byWeek: number[];
    /** Minutes reported in completed check-ins, when the program names the measure; else `null`. */
    reportedMinutes: number | null;
    /** Practices the participant logged through the program (`homework.logged` records). */
    logged: LoggedPractice;
  };
  lessons: {
    /** Lesson sessions started and completed (any lesson: sessions, check-ins, measures, safety). */
    started: number;
    completed: number;
    /** Active minutes in lessons: time between records, leaving out time after `exit` and pauses over the idle limit. */
    minutes: number;
    /** Per lesson id, sorted. */
    byLesson: LessonTime[];
  };
  safety: SafetySummary;
}

/** Practices logged through the program, such as homework between sessions. */
export interface LoggedPractice {
  /** Practices logged. */
  practices: number;
  /** Minutes given with them (a practice logged without minutes adds none). */
  minutes: number;
  perWeek: number;
  /** Minutes per week, week 1 first. */
  byWeek: number[];
}

/** Time spent in one lesson. */
export interface LessonTime {
  lesson: string;
  started: number;
  completed: number;
  minutes: number;
}

/** Safety alerts and what happened next. */
export interface SafetySummary {
  /** Risk answers that started the safety flow. */
  alerts: number;
  /** Alerts whose crisis information the participant acknowledged. */
  acknowledged: number;
  /** Alerts not acknowledged in the records. */
  unacknowledged: number;
  /** Alerts a coach resolved (program `coach.resolved-alert` records). */
  resolved: number;
  /** Alerts no record says a coach resolved. */
  unresolved: number;
  /** Every alert, in time order. */
  events: SafetyAlertEvent[];
}

/** One safety alert. */
export interface SafetyAlertEvent {
  /** Alert id, as the program gives it: `<session>#<seq of the safety.alert record>`. */
  alert: string;
  /** When the risk answer was given, ISO 8601. */
  time: string;
  session: string;
  /** The lesson and item of the risk answer. */
  lesson: string;
  item: string;
  /** When the participant acknowledged the crisis information, or `null`. */
  acknowledged: string | null;
  /** When a coach resolved the alert, or `null`. */
  resolved: string | null;
  /** Id of the coach who resolved it, or `null`. */
  resolvedBy: string | null;
}

/** The trial as a whole. */
export interface OverallAdherence {
  participants: number;
  sessions: {
    planned: number;
    /** Sessions completed, all participants. */
    completed: number;
    /** Mean sessions completed per participant. */
    mean: number;
    /** Participants who completed every planned session. */
    completedAll: number;
  };
  checkIns: { done: number; perParticipantWeek: number };
  /** Timed practice minutes, and practice logged through the program. */
  practice: { minutes: number; perParticipantWeek: number; logged: { practices: number; minutes: number; perParticipantWeek: number } };
  lessons: { minutes: number; perParticipant: number };
  safety: { alerts: number; acknowledged: number; unacknowledged: number; resolved: number; unresolved: number };
}
