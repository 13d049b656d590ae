/**
 * The XState machine of a lesson. Each step is a state of the `lesson` state;
 * the safety lesson's steps are states of the `safety` state, which a risk
 * answer jumps into and `acknowledge` returns from through the lesson's
 * history state. `exit` leads to `exited` (or `exited-safety`), and `resume`
 * back through the flow's history state. Guards and actions are the engine's pure checks and updates,
 * parameterised by step, so inspection tools show the lesson's real structure.
 *
 * @module
 */

import type { AnswersByLesson, Bundle } from '@copekit/schema';
import { assign, createMachine, emit } from 'xstate';
import { answerRecords, skipRecords, startsSafetyFlow, stepId, withAnswer, withSkip } from '../core/answer-change.js';
import { practiceRecords, withPractices } from '../core/practice-change.js';
import { checkAnswer, checkSkip } from '../core/check-item.js';
import { backDestination, checkAcknowledge, nextDestination, type Destination } from '../core/check-navigation.js';
import { checkPractice } from '../core/check-practice.js';
import { lessonOutcome } from '../core/lesson-outcome.js';
import { initialContext, type SessionContext, type StepAt } from '../core/session-context.js';
import { createEnv, flowLesson, type SessionEnv } from '../core/session-env.js';
import { AnswerScope } from '../conditions/answer-scope.js';
import type { MachineEvent } from '../events/session-event.js';
import { stepHasContent } from '../navigation/step-content.js';
import type { RecordDraft, RecordsEmitted } from '../records/record-draft.js';
import { isRiskAnswer } from '../safety/is-risk-answer.js';
import { flowStates, type ActionSpec, type GuardSpec } from './flow-states.js';

/**
 * Input of the machine: answers from earlier lessons that its conditions refer to.
 *
 * @example
 * ```ts
 * createActor(machine, { input: { prior: { 'check-in': { 'sleep-quality': 3 } } } });
 * ```
 */
export interface SessionMachineInput {
  prior?: AnswersByLesson;
}

const cache = new WeakMap<Bundle, Map<string, CompiledSession>>();

/**
 * The XState machine that runs lesson `lesson` of `bundle` (cached per bundle
 * object and lesson). Its events are session events stamped with the clock time
 * `at`; it emits `{ type: 'records', records }` with the records of each
 * action (without the stamps a session adds). Use it with XState's own tools; `createSession` runs
 * it for you.
 *
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * import { getShortestPaths } from '@xstate/graph';
 *
 * const machine = createSessionMachine(bundle, 'pacing-basics');
 * const actor = createActor(machine, { input: {} }).start();
 * actor.on('records', ({ records }) => console.log(records.map((record) => record.type)));
 * actor.send({ type: 'answer', item: 'pain-now', value: 4, at: Date.now() });
 * console.log(actor.getSnapshot().value); // { lesson: 'why-pacing' }
 * ```
 */
export function createSessionMachine(bundle: Bundle, lesson: string): SessionMachine {
  return compiledSession(bundle, lesson).machine;
}

/**
 * The type of the machine `createSessionMachine` returns.
 *
 * @example
 * ```ts
 * const machine: SessionMachine = session.machine;
 * ```
 */
export type SessionMachine = ReturnType<typeof buildMachine>;

/** A lesson's machine and the environment it was built for. */
export interface CompiledSession {
  machine: SessionMachine;
  env: SessionEnv;
}

/** The machine of lesson `lesson` with its environment, built once per bundle object and lesson. */
export function compiledSession(bundle: Bundle, lesson: string): CompiledSession {
  let compiled = cache.get(bundle);
  if (compiled === undefined) {
    compiled = new Map();
    cache.set(bundle, compiled);
  }
  let found = compiled.get(lesson);
  if (found === undefined) {
    const env = createEnv(bundle, lesson);
    found = { machine: buildMachine(env), env };
    compiled.set(lesson, found);
  }
  return found;
}

function buildMachine(env: SessionEnv) {
  const records = (list: RecordDraft[]): RecordsEmitted => ({ type: 'records', records: list });
  // `createMachine(…).provide(…)` rather than `setup(…)`: setup's bound helpers
  // would pull every XState action creator into the bundle.
  return createMachine({
    types: {} as {
      context: SessionContext;
      events: MachineEvent;
      input: SessionMachineInput;
      emitted: RecordsEmitted;
      guards: GuardSpec;
      actions: ActionSpec;
    },
    id: 'copekit',
    context: ({ input }) => initialContext(input.prior ?? {}),
    initial: 'lesson',
    states: {
      lesson: flowStates(env, 'lesson'),
      exited: { id: 'exited', on: { resume: { target: '#lesson-history' } } },
      ...(env.hasSafetyFlow
        ? {
            safety: flowStates(env, 'safety'),
            'exited-safety': { id: 'exited-safety', on: { resume: { target: '#safety-history' } } },
          }
        : {}),
      completed: { id: 'completed', type: 'final', entry: { type: 'complete', params: { flow: 'lesson', step: -1 } } },
    },
  }).provide({
    guards: {
      answerAccepted: ({ context, event }, at) => event.type === 'answer' && checkAnswer(env, at, context, event.item, event.value) === null,
      answerStartsSafety: ({ context, event }, at) =>
        event.type === 'answer' &&
        startsSafetyFlow(env, at) &&
        flowLesson(env, at.flow).items.get(event.item)?.item.risk !== undefined &&
        checkAnswer(env, at, context, event.item, event.value) === null &&
        isRiskAnswer(env, at, context, event.item, event.value),
      skipAccepted: ({ context, event }, at) => event.type === 'skip' && checkSkip(env, at, context, event.item) === null,
      practiceAccepted: ({ context, event }, at) => 'practice' in event && checkPractice(env, at, context, event.type, event.practice) === null,
      nextLeadsTo: ({ context }, go) => nextDestination(env, go, context) === go.to,
      backLeadsTo: ({ context }, go) => backDestination(env, go, context) === go.to,
      acknowledgeAccepted: ({ context }, at) => checkAcknowledge(env, at, context) === null,
      hasContent: ({ context }, at) => stepHasContent(flowLesson(env, at.flow), at.step, new AnswerScope(env.lessons, context)),
    },
    actions: {
      record: emit(({ context, event }, at: StepAt) => records(changeRecords(env, at, context, event))),
      apply: assign(({ context, event }, at: StepAt) => changeContext(env, at, context, event)),
      recordLeave: emit(({ context, event }, at: StepAt) => records(practiceRecords(env, at, context, 'leave', '', event.at))),
      leave: assign(({ context, event }, at: StepAt) => withPractices(env, at, context, 'leave', '', event.at)),
      enterStep: emit(({ event }, at: StepAt) => {
        const lesson = flowLesson(env, at.flow);
        const { flow } = at;
        const step = stepId(env, at);
        const entered: RecordDraft = { type: 'step.entered', flow, step, payload: { lesson: lesson.lesson.id, index: at.step, count: lesson.steps.length } };
        return records(event.type === 'resume' ? [{ type: 'session.resumed', flow, step, payload: {} }, entered] : [entered]);
      }),
      recordExit: emit((_, at: StepAt) => records([{ type: 'session.exited', flow: at.flow, step: stepId(env, at), payload: {} }])),
      acknowledge: emit((_, at: StepAt) =>
        records([{ type: 'safety.acknowledged', flow: at.flow, step: stepId(env, at), payload: { lesson: env.safety.lesson.id } }]),
      ),
      complete: emit(({ context }) => records([{ type: 'lesson.completed', flow: 'lesson', step: null, payload: lessonOutcome(env, context) }])),
    },
  });
}

/** The records of an accepted `answer`, `skip` or practice event, read from the context before it. */
function changeRecords(env: SessionEnv, at: StepAt, context: SessionContext, event: MachineEvent): RecordDraft[] {
  switch (event.type) {
    case 'answer':
      return answerRecords(env, at, context, event.item, event.value);
    case 'skip':
      return skipRecords(env, at, context, event.item);
    default:
      return 'practice' in event ? practiceRecords(env, at, context, event.type, event.practice, event.at) : [];
  }
}

/** The context after an accepted `answer`, `skip` or practice event. */
function changeContext(env: SessionEnv, at: StepAt, context: SessionContext, event: MachineEvent): SessionContext {
  switch (event.type) {
    case 'answer':
      return withAnswer(env, at, context, event.item, event.value);
    case 'skip':
      return withSkip(env, at, context, event.item);
    default:
      return 'practice' in event ? withPractices(env, at, context, event.type, event.practice, event.at) : context;
  }
}
