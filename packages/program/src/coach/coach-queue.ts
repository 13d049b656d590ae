/**
 * The coach's work queue across participants: safety alerts to resolve,
 * sessions awaiting approval, homework to review, and participants who
 * missed three or more check-ins in a row.
 *
 * @module
 */

import { missedStreak } from '../check-in/check-in-schedule.js';
import { doneIn, planWindows } from '../homework/plan-windows.js';
import { addDays } from '../time/calendar.js';
import { startOfDay } from '../time/zoned-time.js';
import { todayOf } from '../state/program-days.js';
import type { ProgramModel } from '../state/program-model.js';
import { sessionDueAt } from '../unlock/session-due.js';
import { sessionStatus } from '../unlock/session-status.js';
import type { CoachAction } from './coach-action.js';

/** Consecutive missed check-ins that put a participant in the queue. */
export const missedCheckInsThreshold = 3;

/** Fields every queue item has. */
interface QueueItemBase {
  /** Program id and participant id. */
  program: string;
  participant: string;
  /** Clock time the item became work to do. */
  since: number;
  /** The action that clears it: pass it to `program.coachAction`. */
  action: CoachAction;
}

/**
 * One piece of work for a coach, by `kind`:
 * - `safety-alert`: a risk answer to follow up (any delivery mode);
 * - `session-approval`: a session due by the rules, waiting for the coach's unlock;
 * - `homework-review`: an ended homework plan not reviewed yet;
 * - `missed-check-ins`: `days` check-ins missed in a row, and no contact since they began.
 *
 * @example
 * ```ts
 * for (const item of coachQueue(programs, Date.now())) show(item.kind, item.participant, new Date(item.since));
 * ```
 */
export type CoachQueueItem = QueueItemBase &
  (
    | { kind: 'safety-alert'; alert: string; lesson: string; item: string }
    | { kind: 'session-approval'; lesson: string; number: number }
    | { kind: 'homework-review'; plan: string; skill: string; done: number; due: number }
    | { kind: 'missed-check-ins'; days: number }
  );

const rank: Record<CoachQueueItem['kind'], number> = { 'safety-alert': 0, 'missed-check-ins': 1, 'session-approval': 2, 'homework-review': 3 };

/**
 * The work queue of the programs at `now`: safety alerts first, then missed
 * check-ins, approvals and reviews, each oldest first. Only safety alerts are
 * listed for self-directed programs.
 *
 * @example
 * ```ts
 * coachQueue([alice, bob], now).map((item) => `${item.kind} ${item.participant}`);
 * // => ['safety-alert p-bob', 'missed-check-ins p-alice', 'session-approval p-bob']
 * ```
 */
export function coachQueue(programs: readonly { getModel(): ProgramModel }[], now: number): CoachQueueItem[] {
  return programs
    .flatMap((program) => queueOf(program.getModel(), now))
    .sort((a, b) => rank[a.kind] - rank[b.kind] || a.since - b.since || (a.participant < b.participant ? -1 : a.participant > b.participant ? 1 : 0));
}

function queueOf(model: ProgramModel, now: number): CoachQueueItem[] {
  const { settings, state } = model;
  const base = { program: settings.program, participant: settings.participant };
  const items: CoachQueueItem[] = state.alerts
    .filter((alert) => alert.resolvedAt === null)
    .map((alert) => ({ ...base, kind: 'safety-alert', since: alert.at, alert: alert.id, lesson: alert.lesson, item: alert.item, action: { type: 'resolve-alert', alert: alert.id } }));
  if (settings.mode !== 'guided') return items;
  const today = todayOf(settings, now);
  state.sessions.forEach((session, index) => {
    if (sessionStatus(model, index, now) !== 'awaiting-approval') return;
    const since = sessionDueAt(model, index)!;
    items.push({ ...base, kind: 'session-approval', since, lesson: session.lesson, number: index + 1, action: { type: 'unlock-session', lesson: session.lesson } });
  });
  for (const plan of state.homework) {
    if (plan.reviewedAt !== null || plan.end >= today) continue;
    const windows = planWindows(plan);
    const done = windows.reduce((sum, window) => sum + doneIn(state.practice, plan, window), 0);
    const due = windows.reduce((sum, window) => sum + window.due, 0);
    const since = startOfDay(addDays(plan.end, 1), settings.timeZone);
    items.push({ ...base, kind: 'homework-review', since, plan: plan.id, skill: plan.skill, done, due, action: { type: 'review-homework', plan: plan.id } });
  }
  const streak = missedStreak(model, today);
  if (streak.days >= missedCheckInsThreshold && streak.since !== null) {
    const since = startOfDay(streak.since, settings.timeZone);
    if (!state.contacts.some((contact) => contact.at >= since)) {
      items.push({ ...base, kind: 'missed-check-ins', since, days: streak.days, action: { type: 'contact' } });
    }
  }
  return items;
}
