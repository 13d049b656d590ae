/**
 * `@copekit/engine`: runs compiled Copekit lessons for any frontend. Hosts
 * create a session from a bundle, render its frames (plain JSON), send plain
 * events, store its records and snapshots. The lesson runs as an XState v5
 * machine, exported for inspection with XState's own tools. No DOM, no I/O,
 * no timers: it runs in Node, browsers and web workers.
 *
 * @example
 * ```ts
 * import { createSession } from '@copekit/engine';
 *
 * const session = createSession(bundle, { lesson: 'pacing-basics', mode: 'guided', participant: 'p-0042' });
 * session.subscribe((frame) => render(frame));
 * session.send({ type: 'answer', item: 'pain-now', value: 6 });
 * ```
 *
 * @module
 */

export { createSession } from './session/create-session.js';
export type { FrameOptions, SendResult, Session, Subscription } from './session/session.js';
export type { Clock, SessionOptions } from './session/session-options.js';
export { SessionError } from './session/session-error.js';
export type { SessionErrorCode } from './session/session-error.js';
export { SnapshotError } from './snapshot/snapshot-error.js';
export type { SnapshotErrorCode } from './snapshot/snapshot-error.js';

export { createSessionMachine } from './machine/session-machine.js';
export type { SessionMachine, SessionMachineInput } from './machine/session-machine.js';
export type { RecordDraft, RecordsEmitted } from './records/record-draft.js';

export type { AnswerEvent, MachineEvent, PracticeEvent, SessionEvent, SessionEventType, SkipEvent } from './events/session-event.js';
export type { PracticeEventType, PracticeStatus } from './practice/practice-progress.js';
export type {
  Audience,
  Frame,
  FrameAction,
  FrameBlock,
  FrameCoachNote,
  FrameCrisis,
  FrameHomework,
  FrameInstrument,
  FrameItem,
  FrameItemBlock,
  FramePractice,
  FrameProse,
  FrameStep,
  ItemStatus,
} from './frame/frame-types.js';

export type {
  AnswersByLesson,
  AnswerValue,
  ContentPin,
  DeliveryMode,
  Flow,
  PracticeState,
  RejectionReason,
  SessionRecord,
  SessionRecordType,
  SessionSnapshot,
  SessionState,
  SessionStatus,
  ThoughtRecordAnswer,
} from '@copekit/schema';

export { scoreInstrument, type ScorableInstrument, type Score } from './answers/score-instrument.js';

export { ENGINE_VERSION } from './version.js';
