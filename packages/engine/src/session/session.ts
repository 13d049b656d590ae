/**
 * The `Session` a host holds: frames to render, events to send, records and
 * snapshots to store.
 *
 * @module
 */

import type { DeliveryMode, RejectionReason, SessionRecord, SessionSnapshot } from '@copekit/schema';
import type { SessionEvent } from '../events/session-event.js';
import type { Audience, Frame } from '../frame/frame-types.js';
import type { SessionMachine } from '../machine/session-machine.js';

/**
 * The outcome of `send`: accepted, or rejected with a reason code and a message.
 *
 * @example
 * ```ts
 * const result = session.send({ type: 'next' });
 * if (!result.accepted && result.reason === 'required-unanswered') showHint(result.message);
 * ```
 */
export type SendResult = { accepted: true } | { accepted: false; reason: RejectionReason; message: string };

/**
 * Options of `getFrame` and `subscribe`.
 *
 * @example
 * ```ts
 * session.getFrame({ audience: 'coach' }); // with coach notes in guided sessions
 * ```
 */
export interface FrameOptions {
  /** `participant` (default) or `coach`; coach frames of guided sessions include coach notes. */
  audience?: Audience;
}

/**
 * A subscription; call `unsubscribe()` to stop listening.
 *
 * @example
 * ```ts
 * const subscription = session.subscribe(render);
 * subscription.unsubscribe();
 * ```
 */
export interface Subscription {
  unsubscribe(): void;
}

/**
 * A running lesson: frames to render, events to send, records and snapshots to store.
 *
 * @example
 * ```ts
 * const session: Session = createSession(bundle, options);
 * session.onRecord((record) => log.append(record));
 * session.send({ type: 'answer', item: 'pain-now', value: 6 });
 * storage.save(JSON.stringify(session.getSnapshot()));
 * ```
 */
export interface Session {
  /** Session id, on every record. */
  readonly id: string;
  /** Id of the lesson it runs. */
  readonly lesson: string;
  readonly participant: string;
  readonly mode: DeliveryMode;
  /** The XState machine it runs, for inspection with XState's tools. */
  readonly machine: SessionMachine;
  /** What to render now. */
  getFrame(options?: FrameOptions): Frame;
  /** Calls `listener` with a new frame after every accepted event (and on `tick` when a practice's timing changed). */
  subscribe(listener: (frame: Frame) => void, options?: FrameOptions): Subscription;
  /**
   * Sends an event. A rejected event changes nothing but the audit log: frame,
   * answers, position and snapshot `state` stay as they were; it is recorded
   * as `event.rejected` (so the log and the snapshot's `seq` grow by one).
   * Any value is accepted at run time: malformed events are rejected, never thrown.
   */
  send(event: SessionEvent): SendResult;
  /** Re-reads the clock; notifies subscribers when a running practice reached a new second or cue. */
  tick(): void;
  /** A JSON-serializable snapshot to resume from later (`createSession(bundle, { ...options, snapshot })`). */
  getSnapshot(): SessionSnapshot;
  /** The records written by this session object so far (after a restore, from the restore on). */
  getRecords(): readonly SessionRecord[];
  /** Calls `listener` for each new record, in order. */
  onRecord(listener: (record: SessionRecord) => void): Subscription;
}
