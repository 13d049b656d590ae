/**
 * What a record of a program's session changes in the program: a risk answer
 * raises an alert for the coach; a completed session assigns its homework
 * (and may complete the program); a completed check-in adds the day's measures.
 *
 * @module
 */

import type { AnswersByLesson, OpenSession, ProgramState, SessionRecord } from '@copekit/schema';
import { measureValues } from '../check-in/measure-values.js';
import { assignHomework } from '../homework/assign-homework.js';
import type { ProgramRecordDraft } from '../records/record-draft.js';
import { localDate } from '../time/zoned-time.js';
import type { ProgramModel, Transition } from './program-model.js';

/**
 * Applies `record`, written by the open session `open`.
 *
 * @example
 * ```ts
 * applySessionRecord(model, open, lessonCompletedRecord).drafts;
 * // => [{ type: 'session.completed', … }, { type: 'homework.assigned', … }]
 * ```
 */
export function applySessionRecord(model: ProgramModel, open: OpenSession, record: SessionRecord): Transition {
  const { state } = model;
  if (record.type === 'safety.alert') {
    const alert = { id: `${record.session}#${record.seq}`, at: record.at, session: record.session, lesson: record.payload.lesson, item: record.payload.item, resolvedAt: null, resolvedBy: null };
    return {
      state: { ...state, alerts: [...state.alerts, alert] },
      drafts: [{ type: 'alert.raised', payload: { alert: alert.id, session: alert.session, lesson: alert.lesson, item: alert.item } }],
    };
  }
  if (record.type !== 'lesson.completed') return { state, drafts: [] };
  const answers: AnswersByLesson = { ...state.answers, [open.lesson]: { ...record.payload.answers, ...record.payload.scores } };
  const closed: ProgramState = { ...state, answers, open: state.open.filter((entry) => entry.session !== open.session) };
  if (open.kind === 'check-in') {
    if (state.checkIns.some((entry) => entry.date === open.date)) return { state: closed, drafts: [] };
    const measures = measureValues(model.plan.measures, record.payload.answers);
    const entry = { date: open.date, at: record.at, session: open.session, measures };
    return {
      state: { ...closed, checkIns: [...state.checkIns, entry] },
      drafts: [{ type: 'check-in.completed', payload: { lesson: open.lesson, session: open.session, date: open.date, measures } }],
    };
  }
  return completeSession(model, closed, open, record.at);
}

function completeSession(model: ProgramModel, state: ProgramState, open: OpenSession, at: number): Transition {
  const index = state.sessions.findIndex((session) => session.lesson === open.lesson);
  const number = index + 1;
  const sessions = state.sessions.map((session, i) => (i === index ? { ...session, completedAt: at } : session));
  const lesson = model.plan.sessions[index]!;
  const plans = assignHomework(lesson, state.answers, localDate(at, model.settings.timeZone), at);
  const drafts: ProgramRecordDraft[] = [
    { type: 'session.completed', payload: { lesson: open.lesson, number, session: open.session } },
    ...plans.map(({ id, lesson, homework, skill, per, times, days, start, end }): ProgramRecordDraft => ({
      type: 'homework.assigned',
      payload: { plan: id, lesson, homework, skill, per, times, days, start, end },
    })),
  ];
  let next: ProgramState = { ...state, sessions, homework: [...state.homework, ...plans] };
  if (sessions.every((session) => session.completedAt !== null)) {
    next = { ...next, status: 'completed', completedAt: at };
    drafts.push({ type: 'program.completed', payload: { sessions: sessions.length } });
  }
  return { state: next, drafts };
}
