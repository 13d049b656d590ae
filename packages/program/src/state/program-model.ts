/**
 * The data every pure program function reads: the bundle's program, the
 * settings of this participant's program, and its state.
 *
 * @module
 */

import type { DeliveryMode, ProgramState } from '@copekit/schema';
import type { ProgramPlan } from '../plan/program-plan.js';
import type { ProgramRecordDraft } from '../records/record-draft.js';
import type { ResolvedPreferences } from '../reminders/preferences.js';

/** What does not change as the program runs (preferences and region may change on restore). */
export interface ProgramSettings {
  /** Program id, on every program record. */
  program: string;
  participant: string;
  mode: DeliveryMode;
  /** Region of the crisis resources sessions show. */
  region: string;
  /** IANA time zone of the participant. */
  timeZone: string;
  /** Local date of day 1. */
  startDate: string;
  /** Clock time the program started. */
  startedAt: number;
  preferences: ResolvedPreferences;
}

/**
 * A program as data: read it with `weeklyProgress`, `coachQueue`, `dueReminders`
 * and the other pure functions. Treat it as read-only.
 *
 * @example
 * ```ts
 * const model: ProgramModel = program.getModel();
 * model.state.checkIns.length; // check-ins done so far
 * ```
 */
export interface ProgramModel {
  plan: ProgramPlan;
  settings: ProgramSettings;
  state: ProgramState;
}

/** The outcome of a pure transition: the new state and the records it writes. */
export interface Transition {
  state: ProgramState;
  drafts: ProgramRecordDraft[];
}
