/**
 * Practice events, and the pause of a running practice when the session
 * leaves its step: the records they write and the context after them.
 *
 * @module
 */

import type { PracticeRecord, PracticeState } from '@copekit/schema';
import type { PracticeEntry } from '../lesson/lesson-index.js';
import { advancePractice, cueIndex, elapsedMs, type PracticeEventType } from '../practice/practice-progress.js';
import type { RecordDraft } from '../records/record-draft.js';
import { stepId } from './answer-change.js';
import type { SessionContext, StepAt } from './session-context.js';
import { flowLesson, type SessionEnv } from './session-env.js';

const recordTypes: Record<PracticeEventType, PracticeRecord['type']> = {
  'practice.start': 'practice.started',
  'practice.pause': 'practice.paused',
  'practice.resume': 'practice.resumed',
  'practice.complete': 'practice.completed',
};

/** A practice change: which practice, and its state after the change. */
interface PracticeChange {
  entry: PracticeEntry;
  state: PracticeState;
}

/**
 * The changes an event makes to the practices of step `at`, at clock time
 * `time`: the practice it names, or (for any other event, as the session
 * leaves the step) every running practice, paused.
 */
function practiceChanges(env: SessionEnv, at: StepAt, context: SessionContext, event: PracticeEventType | 'leave', id: string, time: number): PracticeChange[] {
  const lesson = flowLesson(env, at.flow);
  const states = context.practices[lesson.lesson.id];
  if (event !== 'leave') {
    // The machine's guard (`checkPractice`) has found the practice on this step.
    return [{ entry: lesson.practices.get(id)!, state: advancePractice(states?.[id], event, time) }];
  }
  return lesson.steps[at.step]!.practices
    .filter((entry) => states?.[entry.block.id]?.status === 'running')
    .map((entry) => ({ entry, state: advancePractice(states?.[entry.block.id], 'practice.pause', time) }));
}

/**
 * The records of a practice event (`event`), or of leaving the step (`leave`:
 * `practice.paused` with reason `left-step` for each running practice).
 */
export function practiceRecords(
  env: SessionEnv,
  at: StepAt,
  context: SessionContext,
  event: PracticeEventType | 'leave',
  id: string,
  time: number,
): RecordDraft[] {
  const lesson = flowLesson(env, at.flow).lesson.id;
  const step = stepId(env, at);
  return practiceChanges(env, at, context, event, id, time).map(({ entry, state }) => {
    const elapsed = elapsedMs(state, time);
    const payload = { lesson, practice: entry.block.id, elapsed: elapsed / 1000, cue: cueIndex(entry.block, elapsed) };
    const type = event === 'leave' ? 'practice.paused' : recordTypes[event];
    const reason = event === 'leave' ? 'left-step' : event === 'practice.pause' ? 'participant' : undefined;
    return { type, flow: at.flow, step, payload: reason === undefined ? payload : { ...payload, reason } };
  });
}

/** The context after a practice event, or after leaving the step (`leave`). */
export function withPractices(
  env: SessionEnv,
  at: StepAt,
  context: SessionContext,
  event: PracticeEventType | 'leave',
  id: string,
  time: number,
): SessionContext {
  const lesson = flowLesson(env, at.flow).lesson.id;
  const changes = practiceChanges(env, at, context, event, id, time);
  if (changes.length === 0) return context;
  const states = { ...context.practices[lesson] };
  for (const { entry, state } of changes) states[entry.block.id] = state;
  return { answers: context.answers, skipped: context.skipped, practices: { ...context.practices, [lesson]: states }, prior: context.prior };
}
