/**
 * The state of a program that has just started.
 *
 * @module
 */

import type { ProgramState } from '@copekit/schema';
import type { ProgramPlan } from '../plan/program-plan.js';

/**
 * An active program with every session locked and nothing done yet. The first
 * `advance` unlocks session 1 once the start date has come.
 *
 * @example
 * ```ts
 * initialState(plan).sessions[0]; // => { lesson: 'pain-and-relaxation', unlockedAt: null, unlockedBy: null, openedAt: null, completedAt: null }
 * ```
 */
export function initialState(plan: ProgramPlan): ProgramState {
  return {
    status: 'active',
    completedAt: null,
    sessions: plan.sessions.map((lesson) => ({ lesson: lesson.id, unlockedAt: null, unlockedBy: null, openedAt: null, completedAt: null })),
    checkIns: [],
    homework: [],
    practice: [],
    feedback: [],
    alerts: [],
    contacts: [],
    remindersSent: [],
    answers: {},
    open: [],
  };
}
