/**
 * The session facade. It runs the lesson's XState machine, stamps the clock
 * on events, turns ignored events into rejections with a reason, stamps
 * records, builds frames, and writes and restores snapshots. Every decision
 * is the machine's (and the pure checks its guards use).
 *
 * @module
 */

import type { CrisisRegion, DeliveryMode, SessionRecord, SessionSnapshot } from '@copekit/schema';
import { createActor, type Actor } from 'xstate';
import { stepId } from '../core/answer-change.js';
import { checkEvent } from '../core/check-event.js';
import { contentStamp } from '../core/content-stamp.js';
import type { Position } from '../core/position.js';
import { pickPrior } from '../core/prior-answers.js';
import type { Rejection } from '../core/rejection.js';
import type { SessionContext } from '../core/session-context.js';
import { eventType, parseEvent } from '../events/parse-event.js';
import type { SessionEvent } from '../events/session-event.js';
import { buildFrame } from '../frame/build-frame.js';
import { flowLesson } from '../core/session-env.js';
import { cueIndex, elapsedMs } from '../practice/practice-progress.js';
import type { Audience, Frame } from '../frame/frame-types.js';
import { readPosition, resolvePosition, type SessionMachineSnapshot } from '../machine/machine-position.js';
import type { CompiledSession, SessionMachine } from '../machine/session-machine.js';
import type { RecordDraft } from '../records/record-draft.js';
import { stampRecord, type RecordStamp } from '../records/stamp-record.js';
import { crisisRegion } from '../safety/crisis-region.js';
import { restoreSnapshot } from '../snapshot/restore-snapshot.js';
import type { SessionMeta } from '../snapshot/session-meta.js';
import { takeSnapshot } from '../snapshot/take-snapshot.js';
import type { FrameOptions, SendResult, Session, Subscription } from './session.js';
import { SessionError } from './session-error.js';
import type { Clock, SessionOptions } from './session-options.js';

const systemClock: Clock = { now: () => Date.now() };
const accepted: SendResult = Object.freeze({ accepted: true });

/** A started or restored session. */
export class RunningSession implements Session {
  readonly id: string;
  readonly lesson: string;
  readonly participant: string;
  readonly mode: DeliveryMode;
  readonly machine: SessionMachine;

  readonly #compiled: CompiledSession;
  readonly #clock: Clock;
  readonly #meta: SessionMeta;
  readonly #region: CrisisRegion;
  readonly #stamp: RecordStamp;
  readonly #actor: Actor<SessionMachine>;
  readonly #records: SessionRecord[] = [];
  readonly #recordListeners = new Set<(record: SessionRecord) => void>();
  readonly #frameListeners = new Set<{ listener: (frame: Frame) => void; audience: Audience }>();
  #seq: number;
  #drafts: RecordDraft[] = [];
  #position: { snapshot: SessionMachineSnapshot; position: Position } | undefined;
  /** The practice timing (whole seconds and cue of each running practice) in the frames last notified. */
  #timingShown = '';

  constructor(compiled: CompiledSession, options: SessionOptions) {
    const { env } = compiled;
    this.#compiled = compiled;
    this.machine = compiled.machine;
    this.#clock = options.clock ?? systemClock;
    const now = this.#now();
    const region = crisisRegion(env.bundle.bundle.curriculum.crisis, options.region);
    if (options.snapshot === undefined) {
      const prior = pickPrior(env, options.priorAnswers ?? {});
      if (typeof prior === 'string') throw new SessionError('invalid-options', `createSession: ${prior}.`);
      this.#meta = { session: options.session ?? `${options.participant}/${options.lesson}/${now}`, participant: options.participant, mode: options.mode, region: region.id, startedAt: now };
      this.#seq = 0;
      this.#drafts.push({ type: 'session.started', flow: 'lesson', step: null, payload: { mode: options.mode, region: region.id } });
      this.#actor = createActor(compiled.machine, { input: { prior } });
    } else {
      const restored = restoreSnapshot(env, options.snapshot, options);
      this.#meta = restored.meta;
      if (options.region !== undefined) this.#meta.region = region.id;
      this.#seq = restored.seq;
      this.#actor = createActor(compiled.machine, { snapshot: resolvePosition(compiled, restored.position, restored.context), input: {} });
    }
    if (options.pin !== undefined) this.#meta.pinned = true;
    this.#region = crisisRegion(env.bundle.bundle.curriculum.crisis, this.#meta.region);
    this.id = this.#meta.session;
    this.lesson = env.lesson.lesson.id;
    this.participant = this.#meta.participant;
    this.mode = this.#meta.mode;
    this.#stamp = { content: contentStamp(env), meta: this.#meta };
    this.#actor.on('records', ({ records }) => {
      this.#drafts.push(...records);
    });
    this.#actor.start();
    this.#flush(now);
  }

  getFrame(options: FrameOptions = {}): Frame {
    return this.#frame(options.audience ?? 'participant', this.#now());
  }

  subscribe(listener: (frame: Frame) => void, options: FrameOptions = {}): Subscription {
    const entry = { listener, audience: options.audience ?? 'participant' };
    this.#frameListeners.add(entry);
    return { unsubscribe: () => this.#frameListeners.delete(entry) };
  }

  send(input: SessionEvent): SendResult {
    const at = this.#now();
    const parsed = parseEvent(input, at);
    if ('rejection' in parsed) return this.#reject(input, parsed.rejection, at);
    const before = this.#actor.getSnapshot();
    // A completed session's actor has stopped: it is not sent anything.
    if (before.status === 'active') this.#actor.send(parsed.event);
    if (this.#actor.getSnapshot() === before) {
      const { position, context } = this.#state();
      // The machine's guards are the checks `checkEvent` runs, so it names the reason; the
      // fallback only keeps `send` from throwing should they ever disagree.
      const rejection = checkEvent(this.#compiled.env, position, context, parsed.event) ?? {
        reason: 'not-allowed-now',
        message: `The event \`${parsed.event.type}\` does not apply now.`,
      };
      return this.#reject(input, rejection, at);
    }
    this.#flush(at);
    if (this.#frameListeners.size > 0) this.#notifyFrames(at);
    return accepted;
  }

  tick(): void {
    const now = this.#now();
    const timing = this.#timing(now);
    if (timing !== '' && timing !== this.#timingShown) this.#notifyFrames(now);
  }

  getSnapshot(): SessionSnapshot {
    const { position, context } = this.#state();
    return takeSnapshot(this.#compiled.env, this.#meta, this.#seq, position, context);
  }

  getRecords(): readonly SessionRecord[] {
    return this.#records.slice();
  }

  onRecord(listener: (record: SessionRecord) => void): Subscription {
    this.#recordListeners.add(listener);
    return { unsubscribe: () => this.#recordListeners.delete(listener) };
  }

  #now(): number {
    const now = this.#clock.now();
    if (typeof now !== 'number' || !Number.isFinite(now)) {
      throw new SessionError('invalid-clock', `The clock returned ${String(now)}; \`now()\` must return milliseconds as a finite number.`);
    }
    return now;
  }

  #state(): { position: Position; context: SessionContext; snapshot: SessionMachineSnapshot } {
    const snapshot = this.#actor.getSnapshot();
    if (this.#position?.snapshot !== snapshot) this.#position = { snapshot, position: readPosition(this.#compiled.env, snapshot) };
    return { position: this.#position.position, context: snapshot.context, snapshot };
  }

  #reject(input: unknown, rejection: Rejection, at: number): SendResult {
    const payload: Extract<RecordDraft, { type: 'event.rejected' }>['payload'] = { event: eventType(input), ...named(input), ...rejection };
    const { position } = this.#state();
    const flow = position.flow;
    const step = position.status === 'completed' ? null : stepId(this.#compiled.env, position);
    this.#drafts.push({ type: 'event.rejected', flow, step, payload });
    this.#flush(at);
    return { accepted: false, ...rejection };
  }

  /** Stamps and publishes the records the last step wrote. */
  #flush(at: number): void {
    const drafts = this.#drafts;
    this.#drafts = [];
    let failure: { error: unknown } | undefined;
    for (const draft of drafts) {
      const record = stampRecord(this.#stamp, draft, this.#seq, at);
      this.#seq += 1;
      this.#records.push(record);
      for (const listener of this.#recordListeners) {
        try {
          listener(record);
        } catch (error) {
          failure ??= { error };
        }
      }
    }
    if (failure !== undefined) throw failure.error;
  }

  #frame(audience: Audience, now: number): Frame {
    const { position, context } = this.#state();
    return buildFrame(this.#compiled.env, position, context, { mode: this.mode, audience, region: this.#region, now });
  }

  /** Whole seconds and cue of each running practice of the current step at `now`; empty when none runs. */
  #timing(now: number): string {
    const { position, context } = this.#state();
    if (position.status !== 'active') return '';
    const lesson = flowLesson(this.#compiled.env, position.flow);
    const states = context.practices[lesson.lesson.id];
    return lesson.steps[position.step]!.practices.flatMap(({ block }) => {
      const state = states?.[block.id];
      if (state?.status !== 'running') return [];
      const elapsed = elapsedMs(state, now);
      return [`${block.id}:${Math.floor(elapsed / 1000)}:${cueIndex(block, elapsed)}`];
    }).join('|');
  }

  #notifyFrames(now: number): void {
    this.#timingShown = this.#timing(now);
    const frames = new Map<Audience, Frame>();
    let failure: { error: unknown } | undefined;
    for (const { listener, audience } of this.#frameListeners) {
      let frame = frames.get(audience);
      if (frame === undefined) {
        frame = this.#frame(audience, now);
        frames.set(audience, frame);
      }
      try {
        listener(frame);
      } catch (error) {
        failure ??= { error };
      }
    }
    if (failure !== undefined) throw failure.error;
  }
}

/** The `item` or `practice` string an event-like input names, for the rejection record. */
function named(input: unknown): { item?: string; practice?: string } {
  if (typeof input !== 'object' || input === null) return {};
  const { item, practice } = input as { item?: unknown; practice?: unknown };
  return { ...(typeof item === 'string' && { item }), ...(typeof practice === 'string' && { practice }) };
}

