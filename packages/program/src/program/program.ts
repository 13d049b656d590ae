/**
 * The `Program` a host holds: a curriculum run for weeks for one participant.
 *
 * @module
 */

import type { Session, Subscription } from '@copekit/engine';
import type { DeliveryMode, FeedbackEntry, ProgramRecord, ProgramSnapshot } from '@copekit/schema';
import type { CoachAction, CoachSignature } from '../coach/coach-action.js';
import type { ProgramOverview } from '../overview/program-overview.js';
import type { ProgressWeek } from '../progress/weekly-progress.js';
import type { Reminder } from '../reminders/due-reminders.js';
import type { ProgramModel } from '../state/program-model.js';
import type { PracticeInput } from '../state/log-practice.js';
import type { ProgramResult, ProgramRejection } from '../state/rejection.js';

/**
 * The outcome of opening a session or the check-in: the engine session to
 * render and send events to, or why it cannot open.
 *
 * @example
 * ```ts
 * const opened = program.openSession('mini-practices');
 * if (opened.accepted) render(opened.session.getFrame());
 * else showHint(opened.message);
 * ```
 */
export type OpenResult = { accepted: true; session: Session } | ({ accepted: false } & ProgramRejection);

/**
 * A running program. Every action is checked first: a refused one changes
 * nothing and writes nothing. Time acts only when the host calls `tick()` or
 * an action: sessions due by the rules are unlocked and the feedback of
 * ended weeks is chosen, each written as a record.
 *
 * @example
 * ```ts
 * const program: Program = createProgram(bundle, { participant: 'p-0042', mode: 'self-directed', timeZone: 'Europe/London' });
 * program.onRecord((record) => log.append(record));
 * const opened = program.openCheckIn();
 * if (opened.accepted) runSession(opened.session);
 * storage.save(JSON.stringify(program.getSnapshot()));
 * ```
 */
export interface Program {
  /** Program id, on every program record. */
  readonly id: string;
  readonly participant: string;
  readonly mode: DeliveryMode;
  /** The program's clock time. */
  now(): number;
  /** The program as data (bundle plan, settings, state), for the pure helpers such as `coachQueue`. */
  getModel(): ProgramModel;
  /** Lets time act: unlocks due sessions and chooses ended weeks' feedback. Returns the records written. */
  tick(): ProgramRecord[];
  /** The week overview: sessions and their status, today's check-in, homework, latest feedback. */
  getOverview(): ProgramOverview;
  /** Opens (or resumes) a program session by lesson id. */
  openSession(lesson: string): OpenResult;
  /** Opens (or resumes) today's check-in. */
  openCheckIn(): OpenResult;
  /** The engine sessions in progress, in the order opened. */
  getOpenSessions(): Session[];
  /** Logs a practice; it fills a homework slot when one is open for its skill. */
  logPractice(input: PracticeInput): ProgramResult;
  /** A coach's action, written as a record with the coach's id. */
  coachAction(action: CoachAction, by: CoachSignature): ProgramResult;
  /** The reminders due now, honouring quiet hours and preferences. */
  getReminders(): Reminder[];
  /** Reports a reminder as delivered, so it is not due again. */
  markReminderSent(key: string): ProgramResult;
  /** The weekly series for progress charts, from week 1 to now. */
  getProgress(): ProgressWeek[];
  /** The feedback chosen for each ended week (time acts first, without writing records). */
  getFeedback(): FeedbackEntry[];
  /** A JSON-serializable snapshot, sessions in progress included, to resume from (`createProgram(bundle, { ...options, snapshot })`). */
  getSnapshot(): ProgramSnapshot;
  /** The program records written by this object (after a restore, from the restore on). */
  getRecords(): ProgramRecord[];
  /** Calls `listener` for each new program record, in order. */
  onRecord(listener: (record: ProgramRecord) => void): Subscription;
}
