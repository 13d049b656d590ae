/**
 * Types of program snapshots and records (`schemas/program-snapshot.schema.json`,
 * `schemas/program-record.schema.json`): the layer above single sessions that
 * runs a curriculum for weeks. Like session records and snapshots, each names
 * the content (curriculum id, version, bundle hash) and the code (engine and
 * program versions) it was written with.
 *
 * Dates are the participant's local calendar dates, `YYYY-MM-DD`, in the time
 * zone the host passes; times are milliseconds since the epoch.
 *
 * @module
 */

import type { AnswersByLesson, DeliveryMode, SessionSnapshot } from './snapshot.js';

/** Version of the program snapshot format. Bumped on any breaking change to this file. */
export type ProgramSnapshotSchemaVersion = 1;

/** A saved program: everything needed to resume it, sessions in progress included. */
export interface ProgramSnapshot {
  /** Version of the program snapshot format. */
  schemaVersion: ProgramSnapshotSchemaVersion;
  /** Version of `@copekit/program` that wrote the snapshot. */
  programVersion: string;
  /** Version of `@copekit/engine` that ran the sessions. */
  engineVersion: string;
  /** Curriculum id. */
  curriculum: string;
  /** Semver version of the curriculum. */
  curriculumVersion: string;
  /** `sha256:<hex>` hash of the bundle; a snapshot only restores into the same bundle. */
  bundleHash: string;
  /** Program id, on every program record. */
  program: string;
  /** Opaque participant id chosen by the host. */
  participant: string;
  /** Delivery mode. */
  mode: DeliveryMode;
  /** Region whose crisis resources sessions show. */
  region: string;
  /** IANA time zone of the participant, e.g. `America/New_York`. */
  timeZone: string;
  /** Local date of day 1 of the program. */
  startDate: string;
  /** Clock time the program started. */
  startedAt: number;
  /** Sequence number the next program record will take. */
  seq: number;
  /** What has happened so far. */
  state: ProgramState;
  /** Snapshots of the sessions in progress (listed in `state.open`). */
  sessions: SessionSnapshot[];
  /** `fnv1a32:<8 hex>` over the canonical JSON of every other field. */
  checksum: string;
}

/** Whether the program runs, or every session is completed. */
export type ProgramStatus = 'active' | 'completed';

/** The resumable state of a program. */
export interface ProgramState {
  status: ProgramStatus;
  /** Clock time the last session was completed, else `null`. */
  completedAt: number | null;
  /** One entry per program session, in program order. */
  sessions: ProgramSessionState[];
  /** Completed check-ins, in order. */
  checkIns: CheckInEntry[];
  /** Homework plans, in the order they were assigned. */
  homework: HomeworkPlan[];
  /** Practices logged, in order. */
  practice: PracticeLogEntry[];
  /** Feedback chosen for each ended week, in order. */
  feedback: FeedbackEntry[];
  /** Safety alerts raised by sessions, in order. */
  alerts: ProgramAlert[];
  /** Times a coach contacted the participant, in order. */
  contacts: CoachContact[];
  /** Keys of the reminders the host reported as sent. */
  remindersSent: string[];
  /** The latest completed answers of each lesson, passed to later sessions for conditions such as `lesson-id.item-id`. */
  answers: AnswersByLesson;
  /** Sessions in progress (a program session or a check-in), in the order opened. */
  open: OpenSession[];
}

/** How a session was unlocked. */
export type UnlockSource = 'start' | 'rules' | 'coach';

/** Where one program session stands. */
export interface ProgramSessionState {
  /** Lesson id. */
  lesson: string;
  /** Clock time it was unlocked, else `null`. */
  unlockedAt: number | null;
  /** `start` (session 1), `rules` (completion and time) or `coach`; `null` while locked. */
  unlockedBy: UnlockSource | null;
  /** Clock time the participant first opened it, else `null`. */
  openedAt: number | null;
  /** Clock time it was completed, else `null`. */
  completedAt: number | null;
}

/** A session in progress. */
export interface OpenSession {
  /** Lesson id. */
  lesson: string;
  /** A program session, or the daily check-in. */
  kind: 'session' | 'check-in';
  /** Engine session id. */
  session: string;
  /** Local date it was opened. */
  date: string;
  /** Clock time it was opened. */
  openedAt: number;
}

/** The measures read from one check-in (a measure the program does not configure, or the participant skipped, is absent). */
export interface MeasureValues {
  pain?: number;
  practised?: boolean;
  practiceMinutes?: number;
  activityMinutes?: number;
  sleepQuality?: number;
}

/** One completed check-in. */
export interface CheckInEntry {
  /** Local date it counts for. */
  date: string;
  /** Clock time it was completed. */
  at: number;
  /** Engine session id. */
  session: string;
  measures: MeasureValues;
}

/** A homework plan created from a `<Homework>` block when its session was completed. */
export interface HomeworkPlan {
  /** `<lesson id>/<homework id>`. */
  id: string;
  lesson: string;
  /** Id of the `<Homework>` block. */
  homework: string;
  skill: string;
  per: 'day' | 'week';
  times: number;
  days: number;
  /** First local date of the plan (the day after the session was completed). */
  start: string;
  /** Last local date of the plan. */
  end: string;
  /** Clock time it was assigned. */
  assignedAt: number;
  /** Clock time a coach reviewed it, else `null`. */
  reviewedAt: number | null;
  /** Id of the coach who reviewed it, else `null`. */
  reviewedBy: string | null;
}

/** One practice the participant logged. */
export interface PracticeLogEntry {
  at: number;
  /** Local date of the practice. */
  date: string;
  skill: string;
  /** Minutes practised, when given. */
  minutes: number | null;
  /** Id of the plan whose slot it filled, or `null` for practice beyond the plans. */
  plan: string | null;
}

/** What a week looked like: the numbers weekly feedback and progress charts use. */
export interface WeekSummary {
  /** Week number, from 1. */
  week: number;
  /** First local date of the week. */
  start: string;
  /** Last local date of the week. */
  end: string;
  /** Check-ins done. */
  checkIns: number;
  /** Scheduled check-in days that passed without one. */
  missedCheckIns: number;
  /** Days practised. */
  daysPractised: number;
  /** Mean pain of the week's check-ins, or `null` without any. */
  pain: number | null;
  /** Mean sleep quality, or `null`. */
  sleepQuality: number | null;
  /** Total practice minutes reported, or `null` without any report. */
  practiceMinutes: number | null;
  /** Mean active minutes per reported day, or `null`. */
  activityMinutes: number | null;
  /** Homework practices logged toward plans. */
  homeworkDone: number;
  /** Homework practices due in the week. */
  homeworkDue: number;
  /** Sessions completed in the week. */
  sessionsCompleted: number;
}

/** The feedback chosen for an ended week. */
export interface FeedbackEntry {
  week: number;
  /** Clock time it was chosen. */
  at: number;
  /** Id of the rule chosen, or `null` when no rule held. */
  rule: string | null;
  /** The rule's message, or `null`. */
  message: string | null;
  summary: WeekSummary;
}

/** A safety alert raised in a session, for the coach to resolve. */
export interface ProgramAlert {
  /** `<session id>#<seq of the safety.alert record>`. */
  id: string;
  at: number;
  /** Engine session id. */
  session: string;
  /** Lesson the risk answer was given in. */
  lesson: string;
  /** Item answered past its risk rule. */
  item: string;
  /** Clock time a coach resolved it, else `null`. */
  resolvedAt: number | null;
  /** Id of the coach who resolved it, else `null`. */
  resolvedBy: string | null;
}

/** A coach's contact with the participant. */
export interface CoachContact {
  at: number;
  /** Opaque coach id. */
  coach: string;
}

/** Fields every program record has. */
export interface ProgramRecordBase {
  /** Position in the program's log, from 0, without gaps. */
  seq: number;
  /** Clock time from the program's injected clock. */
  at: number;
  /** Program id. */
  program: string;
  /** Opaque participant id. */
  participant: string;
  /** Curriculum id. */
  curriculum: string;
  /** Semver version of the curriculum. */
  curriculumVersion: string;
  /** `sha256:<hex>` hash of the bundle. */
  bundleHash: string;
  /** Version of `@copekit/engine`. */
  engineVersion: string;
  /** Version of `@copekit/program`. */
  programVersion: string;
}

/** The program started (not written again on restore). */
export interface ProgramStartedRecord extends ProgramRecordBase {
  type: 'program.started';
  payload: { mode: DeliveryMode; region: string; timeZone: string; startDate: string; sessions: string[] };
}

/** A session became available by the start of the program or by the unlock rules. */
export interface SessionUnlockedRecord extends ProgramRecordBase {
  type: 'session.unlocked';
  /** `number` is the session's place in the program, from 1. */
  payload: { lesson: string; number: number; by: 'start' | 'rules' };
}

/** A program session was opened for the first time. */
export interface SessionOpenedRecord extends ProgramRecordBase {
  type: 'session.opened';
  payload: { lesson: string; number: number; session: string };
}

/** A program session was completed. */
export interface SessionCompletedRecord extends ProgramRecordBase {
  type: 'session.completed';
  payload: { lesson: string; number: number; session: string };
}

/** A daily check-in was completed. */
export interface CheckInCompletedRecord extends ProgramRecordBase {
  type: 'check-in.completed';
  payload: { lesson: string; session: string; date: string; measures: MeasureValues };
}

/** A homework plan was assigned. */
export interface HomeworkAssignedRecord extends ProgramRecordBase {
  type: 'homework.assigned';
  payload: { plan: string; lesson: string; homework: string; skill: string; per: 'day' | 'week'; times: number; days: number; start: string; end: string };
}

/** A practice was logged. */
export interface HomeworkLoggedRecord extends ProgramRecordBase {
  type: 'homework.logged';
  payload: { skill: string; date: string; minutes: number | null; plan: string | null };
}

/** The feedback of an ended week was chosen. */
export interface FeedbackChosenRecord extends ProgramRecordBase {
  type: 'feedback.chosen';
  payload: { week: number; rule: string | null; message: string | null; summary: WeekSummary };
}

/** A session's `safety.alert` became an alert for the coach. */
export interface AlertRaisedRecord extends ProgramRecordBase {
  type: 'alert.raised';
  payload: { alert: string; session: string; lesson: string; item: string };
}

/** The host reported a reminder as sent. */
export interface ReminderSentRecord extends ProgramRecordBase {
  type: 'reminder.sent';
  payload: { key: string; kind: ReminderKind };
}

/** Every session is completed. */
export interface ProgramCompletedRecord extends ProgramRecordBase {
  type: 'program.completed';
  payload: { sessions: number };
}

/** A coach unlocked a session (guided delivery with coach approval). */
export interface CoachUnlockedRecord extends ProgramRecordBase {
  type: 'coach.unlocked';
  payload: { coach: string; lesson: string; number: number; note?: string };
}

/** A coach resolved a safety alert. */
export interface CoachResolvedAlertRecord extends ProgramRecordBase {
  type: 'coach.resolved-alert';
  payload: { coach: string; alert: string; note?: string };
}

/** A coach reviewed a homework plan. */
export interface CoachReviewedHomeworkRecord extends ProgramRecordBase {
  type: 'coach.reviewed-homework';
  payload: { coach: string; plan: string; note?: string };
}

/** A coach contacted the participant (for example about missed check-ins). */
export interface CoachContactedRecord extends ProgramRecordBase {
  type: 'coach.contacted';
  payload: { coach: string; note?: string };
}

/** What a reminder is about. */
export type ReminderKind = 'check-in' | 'practice' | 'session' | 'missed-week';

/** Any program record. */
export type ProgramRecord =
  | ProgramStartedRecord
  | SessionUnlockedRecord
  | SessionOpenedRecord
  | SessionCompletedRecord
  | CheckInCompletedRecord
  | HomeworkAssignedRecord
  | HomeworkLoggedRecord
  | FeedbackChosenRecord
  | AlertRaisedRecord
  | ReminderSentRecord
  | ProgramCompletedRecord
  | CoachUnlockedRecord
  | CoachResolvedAlertRecord
  | CoachReviewedHomeworkRecord
  | CoachContactedRecord;

/** Every program record type. */
export type ProgramRecordType = ProgramRecord['type'];
