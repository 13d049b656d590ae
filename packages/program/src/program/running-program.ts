/**
 * The program facade: it holds the state, reads the clock, runs the pure
 * transitions, stamps and publishes their records, and keeps an engine
 * session for each session in progress, feeding its records back in.
 *
 * @module
 */

import { createSession, type Clock, type Session, type Subscription } from '@copekit/engine';
import type { FeedbackEntry, OpenSession, ProgramRecord, ProgramSnapshot, SessionRecord } from '@copekit/schema';
import { coachTransition, type CoachAction, type CoachSignature } from '../coach/coach-action.js';
import { programOverview, type ProgramOverview } from '../overview/program-overview.js';
import { weeklyProgress, type ProgressWeek } from '../progress/weekly-progress.js';
import { stampRecord } from '../records/stamp-record.js';
import { dueReminders, type Reminder } from '../reminders/due-reminders.js';
import { markSent } from '../reminders/mark-sent.js';
import { takeSnapshot } from '../snapshot/take-snapshot.js';
import { advance, chain } from '../state/advance.js';
import { applySessionRecord } from '../state/apply-session-record.js';
import { logPractice, type PracticeInput } from '../state/log-practice.js';
import { checkOpenCheckIn, checkOpenSession, openCheckInTransition, openSessionTransition } from '../state/open-session.js';
import type { ProgramModel, ProgramSettings, Transition } from '../state/program-model.js';
import { isRejection, type ProgramResult, type ProgramRejection } from '../state/rejection.js';
import { todayOf } from '../state/program-days.js';
import type { OpenResult, Program } from './program.js';
import { ProgramError } from './program-error.js';

const systemClock: Clock = { now: () => Date.now() };
const accepted: ProgramResult = Object.freeze({ accepted: true });

/** Where a program starts from: a new program's model, or a restored one with its next `seq` and its sessions' snapshots. */
export type ProgramStart = { clock: Clock | undefined } & ({ initial: ProgramModel } | { restored: { model: ProgramModel; seq: number; sessions: readonly unknown[] } });

/** A started or restored program. */
export class RunningProgram implements Program {
  readonly id: string;
  readonly participant: string;
  readonly mode: ProgramSettings['mode'];

  readonly #clock: Clock;
  #model: ProgramModel;
  #seq: number;
  readonly #records: ProgramRecord[] = [];
  readonly #listeners = new Set<(record: ProgramRecord) => void>();
  /** Engine sessions in progress, by session id. */
  readonly #live = new Map<string, Session>();

  constructor(start: ProgramStart) {
    this.#clock = start.clock ?? systemClock;
    const model = 'restored' in start ? start.restored.model : start.initial;
    this.#model = model;
    this.id = model.settings.program;
    this.participant = model.settings.participant;
    this.mode = model.settings.mode;
    if (!('restored' in start)) {
      this.#seq = 0;
      const { settings, plan } = model;
      const payload = { mode: settings.mode, region: settings.region, timeZone: settings.timeZone, startDate: settings.startDate, sessions: plan.sessions.map((lesson) => lesson.id) };
      const started = advance(model, settings.startedAt);
      this.#commit({ state: started.state, drafts: [{ type: 'program.started', payload }, ...started.drafts] }, settings.startedAt);
    } else {
      this.#seq = start.restored.seq;
      const { sessions } = start.restored;
      model.state.open.forEach((open, index) => this.#attach(open, this.#startSession(open, sessions[index])));
    }
  }

  now(): number {
    const now = this.#clock.now();
    if (typeof now !== 'number' || !Number.isFinite(now)) {
      throw new ProgramError('invalid-clock', `The clock returned ${String(now)}; \`now()\` must return milliseconds as a finite number.`);
    }
    return now;
  }

  getModel(): ProgramModel {
    return this.#model;
  }

  tick(): ProgramRecord[] {
    const now = this.now();
    return this.#commit(advance(this.#model, now), now);
  }

  getOverview(): ProgramOverview {
    const now = this.now();
    return programOverview(this.#advanced(now), now);
  }

  openSession(lesson: string): OpenResult {
    const now = this.now();
    const model = this.#advanced(now);
    const index = checkOpenSession(model, lesson, now);
    if (typeof index !== 'number') return { accepted: false, ...index };
    const running = this.#runningFor((open) => open.kind === 'session' && open.lesson === lesson);
    if (running !== undefined) return { accepted: true, session: running };
    const open: OpenSession = { lesson, kind: 'session', session: this.#sessionId(lesson, now), date: todayOf(model.settings, now), openedAt: now };
    const session = this.#startSession(open, undefined);
    this.#commit(chain(this.#model, now, advance, (advanced) => openSessionTransition(advanced, index, open.session, now)), now);
    this.#attach(open, session);
    return { accepted: true, session };
  }

  openCheckIn(): OpenResult {
    const now = this.now();
    const model = this.#advanced(now);
    const refused = checkOpenCheckIn(model, now);
    if (refused !== null) return { accepted: false, ...refused };
    const today = todayOf(model.settings, now);
    const running = this.#runningFor((open) => open.kind === 'check-in' && open.date === today);
    if (running !== undefined) return { accepted: true, session: running };
    const lesson = model.plan.checkIn!.id;
    const open: OpenSession = { lesson, kind: 'check-in', session: this.#sessionId(lesson, now), date: today, openedAt: now };
    const session = this.#startSession(open, undefined);
    this.#commit(chain(this.#model, now, advance, (advanced) => openCheckInTransition(advanced, open.session, now)), now);
    this.#attach(open, session);
    return { accepted: true, session };
  }

  getOpenSessions(): Session[] {
    return this.#model.state.open.flatMap((open) => {
      const session = this.#live.get(open.session);
      return session === undefined ? [] : [session];
    });
  }

  logPractice(input: PracticeInput): ProgramResult {
    return this.#act((model, now) => logPractice(model, input, now));
  }

  coachAction(action: CoachAction, by: CoachSignature): ProgramResult {
    return this.#act((model, now) => coachTransition(model, action, by, now));
  }

  getReminders(): Reminder[] {
    const now = this.now();
    return dueReminders(this.#advanced(now), now);
  }

  markReminderSent(key: string): ProgramResult {
    return this.#act((model) => markSent(model, key));
  }

  getProgress(): ProgressWeek[] {
    const now = this.now();
    const model = this.#advanced(now);
    return weeklyProgress({ getModel: () => model, now: () => now }, now);
  }

  getFeedback(): FeedbackEntry[] {
    return [...this.#advanced(this.now()).state.feedback];
  }

  getSnapshot(): ProgramSnapshot {
    const sessions = this.#model.state.open.map((open) => this.#live.get(open.session)!.getSnapshot());
    return takeSnapshot(this.#model, this.#seq, sessions);
  }

  getRecords(): ProgramRecord[] {
    return this.#records.slice();
  }

  onRecord(listener: (record: ProgramRecord) => void): Subscription {
    this.#listeners.add(listener);
    return { unsubscribe: () => this.#listeners.delete(listener) };
  }

  /** The model as time has moved it at `now`, without writing anything. */
  #advanced(now: number): ProgramModel {
    return { ...this.#model, state: advance(this.#model, now).state };
  }

  /** Runs `step` after time has acted; commits both only when the step is accepted. */
  #act(step: (model: ProgramModel, now: number) => Transition | ProgramRejection): ProgramResult {
    const now = this.now();
    const moved = advance(this.#model, now);
    const result = step({ ...this.#model, state: moved.state }, now);
    if (isRejection(result)) return { accepted: false, ...result };
    this.#commit({ state: result.state, drafts: [...moved.drafts, ...result.drafts] }, now);
    return accepted;
  }

  #runningFor(match: (open: OpenSession) => boolean): Session | undefined {
    const open = this.#model.state.open.find(match);
    return open === undefined ? undefined : this.#live.get(open.session);
  }

  #sessionId(lesson: string, now: number): string {
    return `${this.id}/${lesson}/${now}`;
  }

  /** Creates (or, with `snapshot`, restores) the engine session of `open`. */
  #startSession(open: OpenSession, snapshot: unknown): Session {
    const { settings, state, plan } = this.#model;
    return createSession(plan.bundle, {
      lesson: open.lesson,
      mode: settings.mode,
      participant: settings.participant,
      region: settings.region,
      clock: this.#clock,
      session: open.session,
      ...(snapshot === undefined ? { priorAnswers: state.answers } : { snapshot }),
    });
  }

  /** Keeps `session` as the live session of `open`, and feeds its records into the program. */
  #attach(open: OpenSession, session: Session): void {
    this.#live.set(open.session, session);
    session.onRecord((record) => this.#applySessionRecord(record));
  }

  #applySessionRecord(record: SessionRecord): void {
    const open = this.#model.state.open.find((entry) => entry.session === record.session);
    if (open === undefined) return;
    const now = this.now();
    this.#commit(chain(this.#model, now, advance, (model) => applySessionRecord(model, open, record)), now);
  }

  /** Takes the transition's state, stamps and publishes its records, and drops sessions no longer in progress. */
  #commit(transition: Transition, at: number): ProgramRecord[] {
    this.#model = { ...this.#model, state: transition.state };
    for (const id of this.#live.keys()) if (!transition.state.open.some((open) => open.session === id)) this.#live.delete(id);
    const records = transition.drafts.map((draft) => stampRecord(this.#model, draft, this.#seq++, at));
    this.#records.push(...records);
    let failure: { error: unknown } | undefined;
    for (const record of records) {
      for (const listener of this.#listeners) {
        try {
          listener(record);
        } catch (error) {
          failure ??= { error };
        }
      }
    }
    if (failure !== undefined) throw failure.error;
    return records;
  }
}
