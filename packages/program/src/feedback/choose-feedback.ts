/**
 * Chooses the feedback of an ended week, and does so for every week that has
 * ended since the last call.
 *
 * @module
 */

import type { FeedbackEntry } from '@copekit/schema';
import { scheduleEnd } from '../check-in/check-in-schedule.js';
import type { ParsedFeedbackRule } from '../plan/read-feedback.js';
import type { ProgramRecordDraft } from '../records/record-draft.js';
import { todayOf, weekDates } from '../state/program-days.js';
import type { ProgramModel, Transition } from '../state/program-model.js';
import { evaluateFeedback } from './evaluate-feedback.js';
import { weekData, type WeekData } from './week-data.js';
import { summarizeWeek } from './week-summary.js';

/**
 * The first rule (in priority order) that holds for `current`, or `null`.
 *
 * @example
 * ```ts
 * chooseFeedback(plan.feedback, thisWeek, lastWeek)?.id; // => 'practised-most-days'
 * ```
 */
export function chooseFeedback(rules: readonly ParsedFeedbackRule[], current: WeekData, previous: WeekData | null): ParsedFeedbackRule | null {
  return rules.find((rule) => rule.condition === null || evaluateFeedback(rule.condition, current, previous)) ?? null;
}

/**
 * Chooses the feedback of each week that ended by `now` and has none yet
 * (weeks after the one the program was completed in are skipped), writing
 * `feedback.chosen`. Programs without feedback rules choose nothing.
 *
 * @example
 * ```ts
 * feedbackDue(model, now).drafts; // => [{ type: 'feedback.chosen', payload: { week: 1, rule: 'practised-most-days', … } }]
 * ```
 */
export function feedbackDue(model: ProgramModel, now: number): Transition {
  const { plan, settings } = model;
  let state = model.state;
  const drafts: ProgramRecordDraft[] = [];
  if (plan.feedback.length === 0) return { state, drafts };
  const today = todayOf(settings, now);
  const end = scheduleEnd(model);
  for (let week = state.feedback.length + 1; ; week++) {
    const dates = weekDates(settings, week);
    if (dates.end >= today || (end !== null && dates.start > end)) break;
    const current = weekData({ ...model, state }, week, today);
    const previous = week === 1 ? null : weekData({ ...model, state }, week - 1, today);
    const rule = chooseFeedback(plan.feedback, current, previous);
    const entry: FeedbackEntry = { week, at: now, rule: rule?.id ?? null, message: rule?.message ?? null, summary: summarizeWeek(current) };
    state = { ...state, feedback: [...state.feedback, entry] };
    drafts.push({ type: 'feedback.chosen', payload: { week, rule: entry.rule, message: entry.message, summary: entry.summary } });
  }
  return { state, drafts };
}
