/**
 * The week overview a participant's home screen (or a coach's view of them)
 * shows: sessions and their status, today's check-in, the homework running
 * today and the latest weekly feedback.
 *
 * @module
 */

import type { DeliveryMode, FeedbackEntry, ProgramStatus } from '@copekit/schema';
import { missedDates, missedStreak } from '../check-in/check-in-schedule.js';
import { doneIn, windowOn } from '../homework/plan-windows.js';
import { homeworkBlocks } from '../plan/lesson-blocks.js';
import { todayOf, weekOf } from '../state/program-days.js';
import type { ProgramModel } from '../state/program-model.js';
import { sessionDueAt } from '../unlock/session-due.js';
import { currentSession, sessionStatus, type ProgramSessionStatus } from '../unlock/session-status.js';

/** A program session as the overview shows it. */
export interface OverviewSession {
  lesson: string;
  /** Place in the program, from 1. */
  number: number;
  title: string;
  summary?: string;
  minutes: number;
  status: ProgramSessionStatus;
  /** When it was unlocked, or when the rules make it due (`null` while that depends on the previous session). */
  availableAt: number | null;
  openedAt: number | null;
  completedAt: number | null;
}

/** A homework plan running today, with today's window (the day, or the plan's week). */
export interface OverviewHomework {
  plan: string;
  skill: string;
  per: 'day' | 'week';
  times: number;
  /** What the homework asks, as plain text. */
  text: string;
  /** The current window: practices `done` of `due` from `from` to `to`. */
  from: string;
  to: string;
  done: number;
  due: number;
  /** Last day of the plan. */
  end: string;
}

/** Today's check-in. `missedDays` counts every scheduled day missed; `missedInARow` the current run. */
export interface OverviewCheckIn {
  lesson: string;
  title: string;
  minutes: number;
  status: 'done' | 'in-progress' | 'due' | 'not-started';
  missedDays: number;
  missedInARow: number;
}

/**
 * Everything a week overview renders.
 *
 * @example
 * ```ts
 * const overview: ProgramOverview = program.getOverview();
 * if (overview.next?.status === 'available') showButton(`Start session ${overview.next.number}`);
 * ```
 */
export interface ProgramOverview {
  program: string;
  participant: string;
  mode: DeliveryMode;
  status: ProgramStatus;
  startDate: string;
  /** The participant's local date. */
  today: string;
  /** Program week of today, from 1 (0 before the start date). */
  week: number;
  sessions: OverviewSession[];
  /** The session to do next, or `null` once all are completed. */
  next: OverviewSession | null;
  /** `null` when the curriculum has no check-in. */
  checkIn: OverviewCheckIn | null;
  homework: OverviewHomework[];
  /** The feedback of the latest ended week that has a message, or `null`. */
  feedback: FeedbackEntry | null;
  /** Safety alerts not yet resolved by a coach. */
  openAlerts: number;
}

/**
 * The overview at `now`.
 *
 * @example
 * ```ts
 * programOverview(program.getModel(), Date.now()).sessions.map((session) => session.status);
 * // => ['completed', 'available', 'locked', 'locked', 'locked', 'locked', 'locked', 'locked']
 * ```
 */
export function programOverview(model: ProgramModel, now: number): ProgramOverview {
  const { plan, settings, state } = model;
  const today = todayOf(settings, now);
  const sessions = state.sessions.map((session, index): OverviewSession => {
    const lesson = plan.sessions[index]!;
    return {
      lesson: lesson.id,
      number: index + 1,
      title: lesson.title,
      ...(lesson.summary === undefined ? {} : { summary: lesson.summary }),
      minutes: lesson.minutes,
      status: sessionStatus(model, index, now),
      availableAt: session.unlockedAt ?? sessionDueAt(model, index),
      openedAt: session.openedAt,
      completedAt: session.completedAt,
    };
  });
  const next = currentSession(model);
  const feedback = state.feedback.filter((entry) => entry.message !== null).at(-1) ?? null;
  return {
    program: settings.program,
    participant: settings.participant,
    mode: settings.mode,
    status: state.status,
    startDate: settings.startDate,
    today,
    week: weekOf(settings, today),
    sessions,
    next: next === null ? null : sessions[next]!,
    checkIn: checkInOverview(model, today),
    homework: homeworkToday(model, today),
    feedback,
    openAlerts: state.alerts.filter((alert) => alert.resolvedAt === null).length,
  };
}

function checkInOverview(model: ProgramModel, today: string): OverviewCheckIn | null {
  const lesson = model.plan.checkIn;
  if (lesson === undefined) return null;
  const { state, settings } = model;
  const status = today < settings.startDate
    ? 'not-started'
    : state.checkIns.some((entry) => entry.date === today)
      ? 'done'
      : state.open.some((open) => open.kind === 'check-in' && open.date === today)
        ? 'in-progress'
        : 'due';
  return {
    lesson: lesson.id,
    title: lesson.title,
    minutes: lesson.minutes,
    status,
    missedDays: missedDates(model, settings.startDate, today, today).length,
    missedInARow: missedStreak(model, today).days,
  };
}

function homeworkToday(model: ProgramModel, today: string): OverviewHomework[] {
  const { plan, state } = model;
  return state.homework.flatMap((entry) => {
    const window = windowOn(entry, today);
    if (window === undefined) return [];
    const lesson = plan.sessions.find((one) => one.id === entry.lesson);
    const block = lesson === undefined ? undefined : homeworkBlocks(lesson).find(({ block: one }) => one.id === entry.homework)?.block;
    return [{
      plan: entry.id,
      skill: entry.skill,
      per: entry.per,
      times: entry.times,
      text: block?.text ?? '',
      from: window.from,
      to: window.to,
      done: doneIn(state.practice, entry, window),
      due: window.due,
      end: entry.end,
    }];
  });
}
