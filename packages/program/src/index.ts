/**
 * `@copekit/program`: runs a Copekit curriculum as a weeks-long program for
 * one participant. Sessions unlock by the manifest's rules (self-directed) or
 * by a coach (guided); completed sessions assign homework plans; a daily
 * check-in feeds progress charts and weekly feedback chosen by the authors'
 * rules; reminders and the coach's work queue are computed from the clock.
 * Every change is a stamped program record; snapshots resume exactly. Each
 * session in progress is an `@copekit/engine` session. No timers, no I/O.
 *
 * @example
 * ```ts
 * import { createProgram, renderProgressChart } from '@copekit/program';
 *
 * const program = createProgram(bundle, { participant: 'p-0042', mode: 'self-directed', timeZone: 'America/New_York' });
 * program.onRecord((record) => log.append(record));
 * const opened = program.openCheckIn();
 * if (opened.accepted) render(opened.session.getFrame());
 * chart.innerHTML = renderProgressChart(program.getProgress(), { measure: 'pain' });
 * ```
 *
 * @module
 */

export { createProgram } from './program/create-program.js';
export type { OpenResult, Program } from './program/program.js';
export type { ProgramOptions } from './program/program-options.js';
export { ProgramError, type ProgramErrorCode } from './program/program-error.js';
export { ProgramSnapshotError, type ProgramSnapshotErrorCode } from './snapshot/program-snapshot-error.js';

export type { ProgramModel, ProgramSettings } from './state/program-model.js';
export type { ProgramPlan } from './plan/program-plan.js';
export type { ParsedFeedbackRule } from './plan/read-feedback.js';
export type { MeasureSource } from './plan/read-measures.js';
export type { ProgramRejection, ProgramRejectionReason, ProgramResult } from './state/rejection.js';
export type { PracticeInput } from './state/log-practice.js';

export type { OverviewCheckIn, OverviewHomework, OverviewSession, ProgramOverview } from './overview/program-overview.js';
export type { ProgramSessionStatus } from './unlock/session-status.js';

export { coachQueue, missedCheckInsThreshold, type CoachQueueItem } from './coach/coach-queue.js';
export type { CoachAction, CoachSignature } from './coach/coach-action.js';

export type { Reminder } from './reminders/due-reminders.js';
export { defaultPreferences, type ReminderPreferences, type ResolvedPreferences } from './reminders/preferences.js';

export { weeklyProgress, type ProgressWeek } from './progress/weekly-progress.js';
export { renderProgressChart, type ChartMeasure, type ProgressChartOptions } from './progress/render-progress-chart.js';

export type {
  CheckInEntry,
  CoachContact,
  FeedbackEntry,
  HomeworkPlan,
  MeasureValues,
  OpenSession,
  PracticeLogEntry,
  ProgramAlert,
  ProgramRecord,
  ProgramRecordType,
  ProgramSessionState,
  ProgramSnapshot,
  ProgramState,
  ProgramStatus,
  ReminderKind,
  UnlockSource,
  WeekSummary,
} from '@copekit/schema';

export { PROGRAM_VERSION } from './version.js';
