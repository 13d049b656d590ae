/**
 * Reminders, headless: given the time, the reminders due now. The host
 * delivers them (push, SMS, voice call) and reports each as sent, so it is
 * not due again.
 *
 * @module
 */

import type { ReminderKind } from '@copekit/schema';
import { doneIn, windowOn } from '../homework/plan-windows.js';
import { todayOf } from '../state/program-days.js';
import type { ProgramModel } from '../state/program-model.js';
import { addDays, daysBetween } from '../time/calendar.js';
import { clockMinutes, inWindow } from '../time/clock-time.js';
import { localDate, localMinutes } from '../time/zoned-time.js';
import { sessionStatus } from '../unlock/session-status.js';

/**
 * A reminder to deliver. `key` identifies it: report it with
 * `program.markReminderSent(key)` once delivered.
 *
 * - `session`: `lesson` is open and not started (once per session);
 * - `check-in`: today's check-in is not done (once a day);
 * - `practice`: homework is left for today; `skills` lists what (once a day). A weekly plan
 *   reminds only once its slots left are as many as the days left in its week;
 * - `missed-week`: nothing was done for a week or more (once per week of absence).
 *
 * @example
 * ```ts
 * for (const reminder of program.getReminders()) {
 *   await sms.send(phoneOf(reminder.participant), textFor(reminder));
 *   program.markReminderSent(reminder.key);
 * }
 * ```
 */
export interface Reminder {
  key: string;
  kind: ReminderKind;
  program: string;
  participant: string;
  /** Local date it is due on. */
  date: string;
  /** The session to open, for `session`. */
  lesson?: string;
  /** The skills left to practise today, for `practice`. */
  skills?: string[];
  /** Days without any activity, for `missed-week`. */
  days?: number;
}

/**
 * The reminders due at `now`, honouring the participant's preferences: none
 * during quiet hours, only the kinds they want, each from its time of day, and
 * none already reported as sent. Nothing is due before the start date or
 * after the program is completed.
 *
 * @example
 * ```ts
 * dueReminders(model, now).map((reminder) => reminder.key); // => ['session:mini-practices', 'check-in:2026-01-12']
 * ```
 */
export function dueReminders(model: ProgramModel, now: number): Reminder[] {
  const { settings, state } = model;
  const { preferences } = settings;
  const today = todayOf(settings, now);
  const minutes = localMinutes(now, settings.timeZone);
  if (state.status !== 'active' || today < settings.startDate) return [];
  if (preferences.quietHours !== null && inWindow(minutes, preferences.quietHours.start, preferences.quietHours.end)) return [];
  const base = { program: settings.program, participant: settings.participant, date: today };
  const wanted = (kind: ReminderKind, at: string) => preferences.kinds.includes(kind) && minutes >= clockMinutes(at);
  const due: Reminder[] = [];
  if (wanted('session', preferences.sessionAt)) {
    state.sessions.forEach((session, index) => {
      if (sessionStatus(model, index, now) === 'available') due.push({ ...base, key: `session:${session.lesson}`, kind: 'session', lesson: session.lesson });
    });
  }
  if (wanted('check-in', preferences.checkInAt) && model.plan.checkIn !== undefined && !state.checkIns.some((entry) => entry.date === today)) {
    due.push({ ...base, key: `check-in:${today}`, kind: 'check-in' });
  }
  if (wanted('practice', preferences.practiceAt)) {
    const skills = state.homework.filter((plan) => {
      const window = windowOn(plan, today);
      if (window === undefined) return false;
      const left = window.due - doneIn(state.practice, plan, window);
      return left > 0 && left >= daysBetween(today, window.to) + 1;
    });
    if (skills.length > 0) due.push({ ...base, key: `practice:${today}`, kind: 'practice', skills: [...new Set(skills.map((plan) => plan.skill))] });
  }
  if (wanted('missed-week', preferences.checkInAt)) {
    const last = lastActivity(model);
    const days = daysBetween(last, today) - 1;
    if (days >= 7) due.push({ ...base, key: `missed-week:${last}:${Math.floor(days / 7)}`, kind: 'missed-week', days });
  }
  return due.filter((reminder) => !state.remindersSent.includes(reminder.key));
}

/** The last local date with a check-in, a practice or a session opened or completed (the day before the start without any). */
function lastActivity({ settings, state }: ProgramModel): string {
  const dates = [
    addDays(settings.startDate, -1),
    ...state.checkIns.map((entry) => entry.date),
    ...state.practice.map((entry) => entry.date),
    ...state.sessions.flatMap((session) => [session.openedAt, session.completedAt]).flatMap((at) => (at === null ? [] : [localDate(at, settings.timeZone)])),
  ];
  return dates.reduce((latest, date) => (date > latest ? date : latest));
}
