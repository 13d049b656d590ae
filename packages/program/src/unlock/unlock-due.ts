/**
 * Unlocks the sessions the rules have made due (those that need no coach).
 *
 * @module
 */

import type { ProgramRecordDraft } from '../records/record-draft.js';
import type { ProgramModel, Transition } from '../state/program-model.js';
import { needsCoach, sessionDueAt } from './session-due.js';

/**
 * Marks every locked session that is due at `now` and needs no coach as
 * unlocked, at the time it became due, and writes `session.unlocked`.
 *
 * @example
 * ```ts
 * unlockDue(model, now).drafts; // => [{ type: 'session.unlocked', payload: { lesson: 'mini-practices', number: 2, by: 'rules' } }]
 * ```
 */
export function unlockDue(model: ProgramModel, now: number): Transition {
  let state = model.state;
  const drafts: ProgramRecordDraft[] = [];
  state.sessions.forEach((session, index) => {
    if (session.unlockedAt !== null || needsCoach(model, index)) return;
    const due = sessionDueAt({ ...model, state }, index);
    if (due === null || due > now) return;
    const by = index === 0 ? ('start' as const) : ('rules' as const);
    const sessions = state.sessions.map((entry, at) => (at === index ? { ...entry, unlockedAt: due, unlockedBy: by } : entry));
    state = { ...state, sessions };
    drafts.push({ type: 'session.unlocked', payload: { lesson: session.lesson, number: index + 1, by } });
  });
  return { state, drafts };
}
