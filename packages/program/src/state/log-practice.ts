/**
 * Logging a practice: it fills the earliest open slot of a homework plan for
 * its skill on its date, or is kept as practice beyond the plans.
 *
 * @module
 */

import { planForPractice } from '../homework/plan-for-practice.js';
import { addDays, isLocalDate } from '../time/calendar.js';
import { todayOf } from './program-days.js';
import type { ProgramModel, Transition } from './program-model.js';
import { reject, type ProgramRejection } from './rejection.js';

/**
 * A practice the participant did.
 *
 * @example
 * ```ts
 * const practice: PracticeInput = { skill: 'pmr', minutes: 15 };
 * ```
 */
export interface PracticeInput {
  /** Skill practised, as in `<Homework skill>`, e.g. `pmr`. */
  skill: string;
  /** Minutes practised, if known. */
  minutes?: number;
  /** Local date of the practice (today by default; yesterday at the earliest, for a late log). */
  date?: string;
}

const skillPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Logs `input` at `now`, writing `homework.logged`, or says why it cannot.
 *
 * @example
 * ```ts
 * logPractice(model, { skill: 'pmr', minutes: 15 }, now).drafts;
 * // => [{ type: 'homework.logged', payload: { skill: 'pmr', date: '2026-01-06', minutes: 15, plan: 'pain-and-relaxation/pmr-daily' } }]
 * ```
 */
export function logPractice(model: ProgramModel, input: PracticeInput, now: number): Transition | ProgramRejection {
  const { settings, state } = model;
  if (typeof input !== 'object' || input === null || typeof input.skill !== 'string' || !skillPattern.test(input.skill)) {
    return reject('invalid-input', 'Pass `{ skill }`, the kebab-case skill of a homework plan such as `pmr`.');
  }
  const { minutes } = input;
  if (minutes !== undefined && (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0 || minutes > 1440)) {
    return reject('invalid-input', '`minutes` must be a number from 0 to 1440.');
  }
  const today = todayOf(settings, now);
  const date = input.date ?? today;
  if (!isLocalDate(date) || date > today || date < addDays(today, -1)) {
    return reject('invalid-input', `\`date\` must be today (${today}) or yesterday, written YYYY-MM-DD.`);
  }
  if (date < settings.startDate) return reject('not-started', `The program starts on ${settings.startDate}.`);
  const plan = planForPractice(state.homework, state.practice, input.skill, date);
  const entry = { at: now, date, skill: input.skill, minutes: minutes ?? null, plan };
  return {
    state: { ...state, practice: [...state.practice, entry] },
    drafts: [{ type: 'homework.logged', payload: { skill: entry.skill, date, minutes: entry.minutes, plan } }],
  };
}
