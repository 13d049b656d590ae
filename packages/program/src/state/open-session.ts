/**
 * Opening a program session or the daily check-in: whether it may open now,
 * and what opening it changes.
 *
 * @module
 */

import type { OpenSession } from '@copekit/schema';
import { localDate } from '../time/zoned-time.js';
import { sessionDueAt } from '../unlock/session-due.js';
import { sessionStatus } from '../unlock/session-status.js';
import { todayOf } from './program-days.js';
import type { ProgramModel, Transition } from './program-model.js';
import { reject, type ProgramRejection } from './rejection.js';

/**
 * Index (from 0) of the session `lesson` if it may be opened at `now`, or why not.
 * An in-progress session may be opened again (to resume it).
 *
 * @example
 * ```ts
 * checkOpenSession(model, 'mini-practices', now); // => { reason: 'locked', message: 'Session 2 … opens on 2026-01-12 …' }
 * ```
 */
export function checkOpenSession(model: ProgramModel, lesson: string, now: number): number | ProgramRejection {
  const index = model.plan.sessions.findIndex((session) => session.id === lesson);
  if (index === -1) {
    const ids = model.plan.sessions.map((session) => `\`${session.id}\``).join(', ');
    return reject('unknown-lesson', `\`${lesson}\` is not a session of this program; its sessions are ${ids}.`);
  }
  const name = `Session ${index + 1} (\`${lesson}\`)`;
  switch (sessionStatus(model, index, now)) {
    case 'available':
    case 'in-progress':
      return index;
    case 'completed':
      return reject('already-done', `${name} is already completed.`);
    case 'awaiting-approval':
      return reject('awaiting-approval', `${name} is ready, and waits for the coach to unlock it.`);
    case 'locked': {
      if (index === 0) return reject('not-started', `The program starts on ${model.settings.startDate}.`);
      const due = sessionDueAt(model, index);
      if (due === null) return reject('locked', `${name} opens after session ${index} is completed.`);
      return reject('locked', `${name} opens on ${localDate(due, model.settings.timeZone)}.`);
    }
  }
}

/**
 * Opens session `index` as engine session `session` at `now`: the first opening
 * writes `session.opened`; every opening lists it among the sessions in progress.
 *
 * @example
 * ```ts
 * openSessionTransition(model, 0, 'p-1/pain-and-relaxation/1767603600000', now).drafts;
 * // => [{ type: 'session.opened', payload: { lesson: 'pain-and-relaxation', number: 1, session: 'p-1/…' } }]
 * ```
 */
export function openSessionTransition(model: ProgramModel, index: number, session: string, now: number): Transition {
  const { state, settings } = model;
  const entry = state.sessions[index]!;
  const open: OpenSession = { lesson: entry.lesson, kind: 'session', session, date: localDate(now, settings.timeZone), openedAt: now };
  const first = entry.openedAt === null;
  const sessions = first ? state.sessions.map((one, i) => (i === index ? { ...one, openedAt: now } : one)) : state.sessions;
  return {
    state: { ...state, sessions, open: [...state.open.filter((one) => one.lesson !== entry.lesson), open] },
    drafts: first ? [{ type: 'session.opened', payload: { lesson: entry.lesson, number: index + 1, session } }] : [],
  };
}

/**
 * Whether today's check-in may be opened at `now`, or why not.
 *
 * @example
 * ```ts
 * checkOpenCheckIn(model, now); // => null, or { reason: 'already-done', … }
 * ```
 */
export function checkOpenCheckIn(model: ProgramModel, now: number): ProgramRejection | null {
  const { plan, settings, state } = model;
  if (plan.checkIn === undefined) return reject('no-check-in', 'This curriculum has no daily check-in (`program.checkIn` in curriculum.yaml).');
  const today = todayOf(settings, now);
  if (today < settings.startDate) return reject('not-started', `The program starts on ${settings.startDate}.`);
  if (state.checkIns.some((entry) => entry.date === today)) return reject('already-done', `Today's check-in (${today}) is already done. Come back tomorrow.`);
  return null;
}

/**
 * Opens today's check-in as engine session `session`, closing any check-in
 * left unfinished on an earlier day.
 *
 * @example
 * ```ts
 * openCheckInTransition(model, 'p-1/daily-check-in/1767648600000', now).state.open;
 * // => [{ lesson: 'daily-check-in', kind: 'check-in', date: '2026-01-05', … }]
 * ```
 */
export function openCheckInTransition(model: ProgramModel, session: string, now: number): Transition {
  const { plan, settings, state } = model;
  const open: OpenSession = { lesson: plan.checkIn!.id, kind: 'check-in', session, date: todayOf(settings, now), openedAt: now };
  return { state: { ...state, open: [...state.open.filter((one) => one.kind !== 'check-in'), open] }, drafts: [] };
}
