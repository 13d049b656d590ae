/**
 * What a coach can do in a program. Coach actions are records too: each
 * accepted action writes one, with the coach's id.
 *
 * @module
 */

import { todayOf } from '../state/program-days.js';
import type { ProgramModel, Transition } from '../state/program-model.js';
import { reject, type ProgramRejection } from '../state/rejection.js';
import { sessionStatus } from '../unlock/session-status.js';

/**
 * A coach action; each coach queue item carries the one that clears it.
 *
 * - `unlock-session`: unlock a session awaiting approval (guided with coach approval);
 * - `resolve-alert`: mark a safety alert as handled;
 * - `review-homework`: mark an ended homework plan as reviewed;
 * - `contact`: note that the coach reached the participant (clears a missed check-ins item).
 *
 * @example
 * ```ts
 * program.coachAction({ type: 'unlock-session', lesson: 'mini-practices' }, { coach: 'c-7' });
 * ```
 */
export type CoachAction =
  | { type: 'unlock-session'; lesson: string }
  | { type: 'resolve-alert'; alert: string }
  | { type: 'review-homework'; plan: string }
  | { type: 'contact' };

/**
 * Who acted, and an optional note (keep it free of names and other identifying details).
 *
 * @example
 * ```ts
 * const by: CoachSignature = { coach: 'c-7', note: 'Called; will resume Monday.' };
 * ```
 */
export interface CoachSignature {
  /** Opaque coach id. */
  coach: string;
  note?: string;
}

/**
 * Applies `action` by `by` at `now`, or says why it cannot.
 *
 * @example
 * ```ts
 * coachTransition(model, { type: 'resolve-alert', alert: 'p-1/weekly-mood/1767…#14' }, { coach: 'c-7' }, now).drafts;
 * // => [{ type: 'coach.resolved-alert', payload: { coach: 'c-7', alert: 'p-1/weekly-mood/1767…#14' } }]
 * ```
 */
export function coachTransition(model: ProgramModel, action: CoachAction, by: CoachSignature, now: number): Transition | ProgramRejection {
  if (typeof by !== 'object' || by === null || typeof by.coach !== 'string' || by.coach === '') {
    return reject('invalid-input', 'Pass `{ coach }`, the opaque id of the coach who acts.');
  }
  if (by.note !== undefined && (typeof by.note !== 'string' || by.note === '')) return reject('invalid-input', '`note`, when given, must be non-empty text.');
  const signed = by.note === undefined ? { coach: by.coach } : { coach: by.coach, note: by.note };
  const { state } = model;
  switch (action?.type) {
    case 'unlock-session':
      return unlockSession(model, action.lesson, signed, now);
    case 'resolve-alert': {
      const alert = state.alerts.find((one) => one.id === action.alert);
      if (alert === undefined) return reject('unknown-alert', `No alert \`${String(action.alert)}\` in this program.`);
      if (alert.resolvedAt !== null) return reject('already-done', `Alert \`${alert.id}\` was resolved by \`${alert.resolvedBy}\`.`);
      const alerts = state.alerts.map((one) => (one === alert ? { ...one, resolvedAt: now, resolvedBy: by.coach } : one));
      return { state: { ...state, alerts }, drafts: [{ type: 'coach.resolved-alert', payload: { ...signed, alert: alert.id } }] };
    }
    case 'review-homework': {
      const plan = state.homework.find((one) => one.id === action.plan);
      if (plan === undefined) return reject('unknown-plan', `No homework plan \`${String(action.plan)}\` in this program.`);
      if (plan.reviewedAt !== null) return reject('already-done', `Plan \`${plan.id}\` was reviewed by \`${plan.reviewedBy}\`.`);
      if (plan.end >= todayOf(model.settings, now)) return reject('not-due', `Plan \`${plan.id}\` runs until ${plan.end}; review it after that.`);
      const homework = state.homework.map((one) => (one === plan ? { ...one, reviewedAt: now, reviewedBy: by.coach } : one));
      return { state: { ...state, homework }, drafts: [{ type: 'coach.reviewed-homework', payload: { ...signed, plan: plan.id } }] };
    }
    case 'contact':
      return { state: { ...state, contacts: [...state.contacts, { at: now, coach: by.coach }] }, drafts: [{ type: 'coach.contacted', payload: signed }] };
    default:
      return reject('invalid-input', 'The action must be `unlock-session`, `resolve-alert`, `review-homework` or `contact`.');
  }
}

function unlockSession(model: ProgramModel, lesson: string, signed: { coach: string; note?: string }, now: number): Transition | ProgramRejection {
  const { plan, settings, state } = model;
  const index = state.sessions.findIndex((session) => session.lesson === lesson);
  if (index === -1) return reject('unknown-lesson', `\`${String(lesson)}\` is not a session of this program.`);
  if (settings.mode !== 'guided' || !plan.unlock.guided.coachApproval) {
    return reject('not-allowed', 'Sessions of this program unlock by themselves; coaches unlock sessions only in guided delivery with coach approval.');
  }
  const status = sessionStatus(model, index, now);
  if (status === 'locked') {
    return reject('not-due', `Session ${index + 1} is not due yet: the previous session must be completed and ${plan.unlock.guided.minDays} days must pass since it was opened.`);
  }
  if (status !== 'awaiting-approval') return reject('already-done', `Session ${index + 1} is already unlocked.`);
  const sessions = state.sessions.map((session, i) => (i === index ? { ...session, unlockedAt: now, unlockedBy: 'coach' as const } : session));
  return { state: { ...state, sessions }, drafts: [{ type: 'coach.unlocked', payload: { ...signed, lesson, number: index + 1 } }] };
}
