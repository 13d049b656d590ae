/**
 * An accepted `answer` or `skip`: the records it writes (read from the context
 * before the change) and the context after it.
 *
 * @module
 */

import type { AnswerValue } from '@copekit/schema';
import { scoreInstrument } from '../answers/score-instrument.js';
import type { RecordDraft } from '../records/record-draft.js';
import { isRiskAnswer } from '../safety/is-risk-answer.js';
import type { SessionContext, StepAt } from './session-context.js';
import { flowLesson, type SessionEnv } from './session-env.js';

/**
 * The records of answering `id` with `value`: `item.answered`; `instrument.scored`
 * when the answer completes or changes an instrument's score; `safety.alert`
 * for a risk answer (`started` says whether the safety flow starts now).
 *
 * @example
 * ```ts
 * answerRecords(env, { flow: 'lesson', step: 0 }, context, 'pain-now', 4).map((record) => record.type); // => ['item.answered']
 * ```
 */
export function answerRecords(env: SessionEnv, at: StepAt, context: SessionContext, id: string, value: AnswerValue): RecordDraft[] {
  const lesson = flowLesson(env, at.flow);
  const lessonId = lesson.lesson.id;
  const { flow } = at;
  const step = stepId(env, at);
  const before = context.answers[lessonId];
  const records: RecordDraft[] = [
    { type: 'item.answered', flow, step, payload: { lesson: lessonId, item: id, value, previous: before?.[id] ?? null } },
  ];
  const instrument = lesson.items.get(id)?.instrument;
  if (instrument !== undefined) {
    const score = scoreInstrument(instrument, before, { id, value });
    if (score !== undefined && score.value !== scoreInstrument(instrument, before)?.value) {
      const { definition } = instrument;
      records.push({
        type: 'instrument.scored',
        flow,
        step,
        payload: {
          lesson: lessonId,
          block: instrument.block.id,
          instrument: definition.id,
          version: definition.version,
          score: score.value,
          band: score.band?.id ?? null,
          positive: score.positive,
        },
      });
    }
  }
  if (isRiskAnswer(env, at, context, id, value)) {
    records.push({ type: 'safety.alert', flow, step, payload: { lesson: lessonId, item: id, value, started: startsSafetyFlow(env, at) } });
  }
  return records;
}

/** The context after answering `id` with `value` (no longer skipped). */
export function withAnswer(env: SessionEnv, at: StepAt, context: SessionContext, id: string, value: AnswerValue): SessionContext {
  const lessonId = flowLesson(env, at.flow).lesson.id;
  return {
    answers: { ...context.answers, [lessonId]: { ...context.answers[lessonId], [id]: value } },
    skipped: withoutSkip(context.skipped, lessonId, id),
    practices: context.practices,
    prior: context.prior,
  };
}

/** Whether a risk answer at this step starts the safety flow (it does not inside it). */
export function startsSafetyFlow(env: SessionEnv, at: StepAt): boolean {
  return env.hasSafetyFlow && at.flow === 'lesson';
}

/** The record of skipping `id`: `item.skipped`, with the answer it withdraws. */
export function skipRecords(env: SessionEnv, at: StepAt, context: SessionContext, id: string): RecordDraft[] {
  const lessonId = flowLesson(env, at.flow).lesson.id;
  const previous = context.answers[lessonId]?.[id] ?? null;
  return [{ type: 'item.skipped', flow: at.flow, step: stepId(env, at), payload: { lesson: lessonId, item: id, previous } }];
}

/** The context after skipping `id`: its answer withdrawn, the item marked skipped. */
export function withSkip(env: SessionEnv, at: StepAt, context: SessionContext, id: string): SessionContext {
  const lessonId = flowLesson(env, at.flow).lesson.id;
  const { [id]: _withdrawn, ...answers } = context.answers[lessonId] ?? {};
  const skipped = context.skipped[lessonId] ?? [];
  return {
    answers: { ...context.answers, [lessonId]: answers },
    skipped: { ...context.skipped, [lessonId]: skipped.includes(id) ? skipped : [...skipped, id] },
    practices: context.practices,
    prior: context.prior,
  };
}

/** The id of the step at `at`. */
export function stepId(env: SessionEnv, at: StepAt): string {
  return flowLesson(env, at.flow).steps[at.step]!.step.id;
}

function withoutSkip(skipped: SessionContext['skipped'], lesson: string, id: string): SessionContext['skipped'] {
  const list = skipped[lesson];
  if (list === undefined || !list.includes(id)) return skipped;
  return { ...skipped, [lesson]: list.filter((entry) => entry !== id) };
}
