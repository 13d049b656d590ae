/**
 * Where each program session stands at a given time, derived from the state
 * and the unlock rules.
 *
 * @module
 */

import type { ProgramModel } from '../state/program-model.js';
import { needsCoach, sessionDueAt } from './session-due.js';

/**
 * A program session's status:
 * - `locked`: the previous session is not completed, or the minimum days have not passed;
 * - `awaiting-approval`: due by the rules, waiting for the coach (guided with coach approval);
 * - `available`: unlocked, not opened yet;
 * - `in-progress`: opened, not completed;
 * - `completed`.
 *
 * @example
 * ```ts
 * const status: ProgramSessionStatus = 'awaiting-approval';
 * ```
 */
export type ProgramSessionStatus = 'locked' | 'awaiting-approval' | 'available' | 'in-progress' | 'completed';

/**
 * The status of session `index` (from 0) at clock time `now`. A session the
 * rules made due counts as available even before `advance` writes its
 * `session.unlocked` record.
 *
 * @example
 * ```ts
 * sessionStatus(model, 0, now); // => 'available'
 * ```
 */
export function sessionStatus(model: ProgramModel, index: number, now: number): ProgramSessionStatus {
  const session = model.state.sessions[index]!;
  if (session.completedAt !== null) return 'completed';
  if (session.openedAt !== null) return 'in-progress';
  if (session.unlockedAt !== null) return 'available';
  const due = sessionDueAt(model, index);
  if (due === null || due > now) return 'locked';
  return needsCoach(model, index) ? 'awaiting-approval' : 'available';
}

/**
 * Index (from 0) of the session to do next: the first one not completed, or
 * `null` once every session is.
 *
 * @example
 * ```ts
 * currentSession(model); // => 2
 * ```
 */
export function currentSession(model: ProgramModel): number | null {
  const index = model.state.sessions.findIndex((session) => session.completedAt === null);
  return index === -1 ? null : index;
}
