/**
 * The data every pure program function reads: the bundle's program, the
 * settings of this participant's program, and its state.
 *
 * @module
 */

import type { ProgramSnapshot, ProgramState } from '@copekit/schema';
import type { ProgramPlan } from '../plan/program-plan.js';
import type { ProgramRecordDraft } from '../records/record-draft.js';
import type { ResolvedPreferences } from '../reminders/preferences.js';

/**
 * What does not change as the program runs (preferences and region may change
 * on restore): the snapshot's fields of the same name, and the preferences.
 */
export interface ProgramSettings extends Pick<ProgramSnapshot, 'program' | 'participant' | 'mode' | 'region' | 'timeZone' | 'startDate' | 'startedAt'> {
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
