/**
 * Types of session snapshots (`schemas/snapshot.schema.json`): the JSON a host
 * stores to resume a lesson later, in another process or on another device.
 *
 * A snapshot names the content it belongs to (curriculum id and version, lesson
 * hashes) and the engine that wrote it, and carries a checksum over everything
 * else. The engine refuses a snapshot whose lesson content differs, whose
 * checksum does not match, or whose state does not fit the lesson.
 *
 * @module
 */

/** Version of the snapshot format. Bumped on any breaking change to this file. */
export type SnapshotSchemaVersion = 1;

/** How a lesson is delivered: with a coach, or by the participant alone. */
export type DeliveryMode = 'guided' | 'self-directed';

/** The answer to a thought record: one value per field id (text, or a rating for intensities). */
export type ThoughtRecordAnswer = { [field: string]: string | number };

/**
 * An answer value. Ratings, scales and numbers take a number, single choices and
 * text a string, multiple choices an array of option values, thought records an
 * object keyed by field id.
 */
export type AnswerValue = number | string | string[] | ThoughtRecordAnswer;

/** Answers keyed by lesson id, then item id (or instrument block id for a score). */
export type AnswersByLesson = { [lesson: string]: { [item: string]: AnswerValue } };

/** A saved session. */
export interface SessionSnapshot {
  /** Version of the snapshot format. */
  schemaVersion: SnapshotSchemaVersion;
  /** Version of `@copekit/engine` that wrote the snapshot. */
  engineVersion: string;
  /** Curriculum id. */
  curriculum: string;
  /** Semver version of the curriculum. */
  curriculumVersion: string;
  /** `sha256:<hex>` hash of the bundle the session ran. */
  bundleHash: string;
  /** Id of the lesson the session runs. */
  lesson: string;
  /** `sha256:<hex>` hash of that lesson. */
  lessonHash: string;
  /** Id of the curriculum's safety lesson. */
  safetyLesson: string;
  /** `sha256:<hex>` hash of the safety lesson. */
  safetyLessonHash: string;
  /** Session id, shared by every record of the session. */
  session: string;
  /** Opaque participant id chosen by the host. */
  participant: string;
  /** Delivery mode. */
  mode: DeliveryMode;
  /** Region whose crisis resources the session shows. */
  region: string;
  /** Clock time (ms since the epoch) when the session started. */
  startedAt: number;
  /** Sequence number the next record will take. */
  seq: number;
  /** Present (`true`) when the session runs pinned content: it restores only into the bundle with hash `bundleHash`. */
  pinned?: true;
  /** Where the session is and what has been answered. */
  state: SessionState;
  /** `fnv1a32:<8 hex>` over the canonical JSON of every other field. */
  checksum: string;
}

/** Session status. */
export type SessionStatus = 'active' | 'exited' | 'completed';

/** The resumable state of a session. */
export interface SessionState {
  /** `active`, `exited` (left with `exit`; `resume` continues) or `completed`. */
  status: SessionStatus;
  /** The lesson step the session is at, or returns to after the safety flow. */
  step: string;
  /** The safety-lesson step when the session is inside the safety flow, else `null`. */
  safetyStep: string | null;
  /** Answers given, by lesson id (the lesson, and the safety lesson's follow-up questions). */
  answers: AnswersByLesson;
  /** Optional items skipped on purpose, by lesson id. */
  skipped: { [lesson: string]: string[] };
  /** Practice progress, by lesson id then practice id. */
  practices: { [lesson: string]: { [practice: string]: PracticeState } };
  /** Answers from earlier lessons that this lesson's conditions refer to, copied at the start. */
  prior: AnswersByLesson;
}

/** Progress of one practice. */
export interface PracticeState {
  /** `running`, `paused` or `completed`. */
  status: 'running' | 'paused' | 'completed';
  /** Milliseconds practised before `since`. */
  elapsed: number;
  /** Clock time the current run began when `running`, else `null`. */
  since: number | null;
}
