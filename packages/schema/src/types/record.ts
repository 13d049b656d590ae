/**
 * Types of session records (`schemas/record.schema.json`): the append-only log
 * a session writes. Every record is stamped with the content and engine
 * versions, so it can be read on its own, years later, in a trial archive.
 * Together the records of a session rebuild every answer and the path taken.
 *
 * @module
 */

import type { AnswerValue, DeliveryMode } from './snapshot.js';

/** Why an event was rejected. */
export type RejectionReason =
  /** The event is not an object with a known `type`. */
  | 'unknown-event'
  /** The event has a known `type` but a missing or malformed field. */
  | 'invalid-event'
  /** No item with that id in the lesson the session is showing. */
  | 'unknown-item'
  /** No practice with that id in the lesson the session is showing. */
  | 'unknown-practice'
  /** The item or practice exists but is on another step. */
  | 'not-on-step'
  /** The item or practice is on this step but hidden by a `<Show when>`. */
  | 'hidden'
  /** The value has the wrong type or is not one of the options. */
  | 'invalid-value'
  /** The value is outside the item's range or length. */
  | 'out-of-range'
  /** A required, visible item of the step has no answer yet. */
  | 'required-unanswered'
  /** `skip` on an item that is not optional. */
  | 'not-optional'
  /** The action is not available in the current state (see the frame's `actions`). */
  | 'not-allowed-now';

/** Which lesson a step belongs to: the session's lesson, or the safety lesson run as the safety flow. */
export type Flow = 'lesson' | 'safety';

/** Fields every record has. */
export interface RecordBase {
  /** Position in the session's log, from 0, without gaps. */
  seq: number;
  /** Clock time (ms since the epoch) from the session's injected clock. */
  at: number;
  /** Session id. */
  session: string;
  /** Opaque participant id chosen by the host. */
  participant: string;
  /** Curriculum id. */
  curriculum: string;
  /** Semver version of the curriculum. */
  curriculumVersion: string;
  /** `sha256:<hex>` hash of the bundle. */
  bundleHash: string;
  /** Id of the lesson the session runs. */
  lesson: string;
  /** `sha256:<hex>` hash of that lesson. */
  lessonHash: string;
  /** Version of `@copekit/engine`. */
  engineVersion: string;
  /** Whether `step` belongs to the lesson or to the safety lesson. */
  flow: Flow;
  /** The step the session was at; `null` on `session.started` and `lesson.completed`. */
  step: string | null;
}

/** The session started (not written again when a snapshot is restored). */
export interface SessionStartedRecord extends RecordBase {
  type: 'session.started';
  payload: { mode: DeliveryMode; region: string };
}

/** A step was shown. */
export interface StepEnteredRecord extends RecordBase {
  type: 'step.entered';
  /** `lesson`: id of the lesson the step belongs to; `index` from 0 of `count` steps. */
  payload: { lesson: string; index: number; count: number };
}

/** An item was answered, or its answer changed. */
export interface ItemAnsweredRecord extends RecordBase {
  type: 'item.answered';
  /** `previous` is the answer it replaces, or `null`. */
  payload: { lesson: string; item: string; value: AnswerValue; previous: AnswerValue | null };
}

/** An optional item was skipped; any answer it had is withdrawn. */
export interface ItemSkippedRecord extends RecordBase {
  type: 'item.skipped';
  payload: { lesson: string; item: string; previous: AnswerValue | null };
}

/** Every item of an instrument block is answered: its score, new or changed. */
export interface InstrumentScoredRecord extends RecordBase {
  type: 'instrument.scored';
  payload: {
    lesson: string;
    /** Block id, by which conditions refer to the score. */
    block: string;
    /** Instrument id and the version of its text. */
    instrument: string;
    version: string;
    score: number;
    /** Id of the severity band the score falls in, if the instrument has bands. */
    band: string | null;
    /** Whether the score reaches the instrument's `positiveAt`, if it has one. */
    positive: boolean | null;
  };
}

/** Practice lifecycle records. `elapsed` is in seconds; `cue` is the index of the latest cue reached, or -1. */
export interface PracticeRecord extends RecordBase {
  type: 'practice.started' | 'practice.paused' | 'practice.resumed' | 'practice.completed';
  /** `reason` is `left-step` when leaving the step paused a running practice. */
  payload: { lesson: string; practice: string; elapsed: number; cue: number; reason?: 'participant' | 'left-step' };
}

/** A risk answer: the safety flow starts (or, inside it, the alert is recorded again). */
export interface SafetyAlertRecord extends RecordBase {
  type: 'safety.alert';
  /**
   * `started` is false when the answer was given inside the safety flow, which
   * is not entered again. The record's `step` is where the answer was given;
   * after `safety.acknowledged` the session returns to that lesson step.
   */
  payload: { lesson: string; item: string; value: AnswerValue; started: boolean };
}

/** The participant acknowledged the crisis information; the lesson continues. */
export interface SafetyAcknowledgedRecord extends RecordBase {
  type: 'safety.acknowledged';
  payload: { lesson: string };
}

/** The lesson was completed. `answers` holds the answers of visible items; `scores` the instrument scores. */
export interface LessonCompletedRecord extends RecordBase {
  type: 'lesson.completed';
  payload: { answers: { [item: string]: AnswerValue }; scores: { [block: string]: number }; skipped: string[] };
}

/** The participant left with `exit`. */
export interface SessionExitedRecord extends RecordBase {
  type: 'session.exited';
  payload: Record<string, never>;
}

/** The participant came back with `resume`. */
export interface SessionResumedRecord extends RecordBase {
  type: 'session.resumed';
  payload: Record<string, never>;
}

/** An event was rejected; nothing else changed. */
export interface EventRejectedRecord extends RecordBase {
  type: 'event.rejected';
  /** `event` is the event's `type` when it was a string; `item`/`practice` the id it named. */
  payload: { event: string | null; item?: string; practice?: string; reason: RejectionReason; message: string };
}

/** The content a session ran before or after a migration. */
export interface MigratedContent {
  curriculumVersion: string;
  bundleHash: string;
  lessonHash: string;
  safetyLesson: string;
  safetyLessonHash: string;
}

/** What a migration did: versions, moves, conversions, and what left the live state. */
export interface SessionMigratedPayload {
  /** The content the session ran before. */
  from: MigratedContent;
  /** The content it runs now. */
  to: MigratedContent;
  /** Whether the session was pinned (migrated on purpose); it stays pinned, to the new content. */
  pinned: boolean;
  /** Where the session moved: its step was removed (to the nearest earlier step) or the map sent it elsewhere. */
  steps: { flow: Flow; from: string; to: string }[];
  /** Answers renamed, converted, or taken out of the live answers (`to` and `value` null); earlier records keep them. */
  answers: { lesson: string; item: string; to: string | null; previous: AnswerValue; value: AnswerValue | null }[];
  /** Skipped items renamed, or no longer skipped (`to` null: removed, or now required). */
  skipped: { lesson: string; item: string; to: string | null }[];
  /** Practices whose progress was dropped because the new version removed them. */
  practices: { lesson: string; practice: string }[];
  /** Changed safety steps the session had reached, carried over because the migration map confirmed them. */
  reviewed: { lesson: string; step: string }[];
}

/** The session was carried to another content version; the record is stamped with the new content. */
export interface SessionMigratedRecord extends RecordBase {
  type: 'session.migrated';
  payload: SessionMigratedPayload;
}

/** Any session record. */
export type SessionRecord =
  | SessionStartedRecord
  | StepEnteredRecord
  | ItemAnsweredRecord
  | ItemSkippedRecord
  | InstrumentScoredRecord
  | PracticeRecord
  | SafetyAlertRecord
  | SafetyAcknowledgedRecord
  | LessonCompletedRecord
  | SessionExitedRecord
  | SessionResumedRecord
  | EventRejectedRecord
  | SessionMigratedRecord;

/** Every record type. */
export type SessionRecordType = SessionRecord['type'];
