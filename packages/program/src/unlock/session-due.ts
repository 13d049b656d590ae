/**
 * When the unlock rules make a session due: session 1 on the start date; each
 * later one once the previous session is completed and the manifest's
 * `minDays` have passed since the local date it was opened (at the start of
 * that day, in the participant's time zone).
 *
 * @module
 */

import { addDays } from '../time/calendar.js';
import { localDate, startOfDay } from '../time/zoned-time.js';
import type { ProgramModel } from '../state/program-model.js';

/**
 * The `minDays` of the program's delivery mode.
 *
 * @example
 * ```ts
 * minDays(model); // => 7
 * ```
 */
export function minDays({ plan, settings }: Pick<ProgramModel, 'plan' | 'settings'>): number {
  return settings.mode === 'guided' ? plan.unlock.guided.minDays : plan.unlock.selfDirected.minDays;
}

/**
 * Whether a coach must unlock session `index` (from 0): guided delivery with
 * `coachApproval`, from session 2 on.
 *
 * @example
 * ```ts
 * needsCoach(guidedModel, 1); // => true
 * ```
 */
export function needsCoach({ plan, settings }: Pick<ProgramModel, 'plan' | 'settings'>, index: number): boolean {
  return index > 0 && settings.mode === 'guided' && plan.unlock.guided.coachApproval;
}

/**
 * The clock time session `index` (from 0) becomes due by the rules, or `null`
 * while the previous session is not completed.
 *
 * @example
 * ```ts
 * sessionDueAt(model, 1); // => start of the local day 7 days after session 1 was opened
 * ```
 */
export function sessionDueAt(model: ProgramModel, index: number): number | null {
  const { settings, state } = model;
  if (index === 0) return Math.max(settings.startedAt, startOfDay(settings.startDate, settings.timeZone));
  const previous = state.sessions[index - 1];
  if (previous?.completedAt == null || previous.openedAt === null) return null;
  const opened = localDate(previous.openedAt, settings.timeZone);
  return Math.max(previous.completedAt, startOfDay(addDays(opened, minDays(model)), settings.timeZone));
}
