/**
 * Builds the states of one flow (the lesson, or the safety lesson): one state
 * per step, with guarded transitions whose parameters name the step. `next`
 * and `back` try the neighbouring steps in order, passing over steps whose
 * content is all hidden; the safety flow's last step returns to the lesson
 * through the `lesson-history` state on `acknowledge`. Each flow's history
 * state also brings an exited session back to its step on `resume`.
 *
 * @module
 */

import type { Flow } from '@copekit/schema';
import type { Destination } from '../core/check-navigation.js';
import type { StepAt } from '../core/session-context.js';
import { flowLesson, type SessionEnv } from '../core/session-env.js';
import { practiceEvents } from '../practice/practice-progress.js';

type StepGuard = 'answerAccepted' | 'answerStartsSafety' | 'skipAccepted' | 'practiceAccepted' | 'acknowledgeAccepted' | 'hasContent';

/** A guard reference, with the step it checks. */
export type GuardSpec = { type: StepGuard; params: StepAt } | { type: 'nextLeadsTo' | 'backLeadsTo'; params: StepAt & { to: Destination } };

/** An action reference, with the step it acts on. */
export interface ActionSpec {
  type: 'record' | 'apply' | 'recordLeave' | 'leave' | 'enterStep' | 'recordExit' | 'acknowledge' | 'complete';
  params: StepAt;
}

/** A transition of the generated machine. */
export interface TransitionSpec {
  target?: string;
  guard?: GuardSpec;
  actions?: ActionSpec | ActionSpec[];
}

/** A state of the generated machine. */
export interface StateSpec {
  id?: string;
  type?: 'history';
  history?: 'shallow';
  target?: string;
  initial?: string;
  entry?: ActionSpec;
  exit?: ActionSpec[];
  always?: TransitionSpec[];
  on?: { [event: string]: TransitionSpec | TransitionSpec[] };
  states?: { [key: string]: StateSpec };
}

/** Key of the transient state that picks the first step with content when the first step may be empty. */
const START = '@start';

/** The state of `flow`: a compound state with one child per step. */
export function flowStates(env: SessionEnv, flow: Flow): StateSpec {
  const lesson = flowLesson(env, flow);
  const steps = lesson.steps;
  const states: { [key: string]: StateSpec } = {};
  steps.forEach((entry, index) => {
    states[entry.step.id] = stepState(env, flow, index);
  });
  const first = steps[0];
  const initial = first === undefined || first.conditional ? START : first.step.id;
  if (initial === START) states[START] = { always: candidates(env, flow, -1, 'start') };
  states['@history'] = { id: `${flow}-history`, type: 'history', history: 'shallow', target: initial };
  return { id: flow, initial, states };
}

function stepState(env: SessionEnv, flow: Flow, index: number): StateSpec {
  const at: StepAt = { flow, step: index };
  const entry = flowLesson(env, flow).steps[index]!;
  // Records are read from the context before the change, so `record` comes first.
  const apply: ActionSpec[] = [
    { type: 'record', params: at },
    { type: 'apply', params: at },
  ];
  const accepted: TransitionSpec = { guard: { type: 'answerAccepted', params: at }, actions: apply };
  const on: StateSpec['on'] = {
    answer:
      flow === 'lesson' && env.hasSafetyFlow
        ? [{ target: '#safety', guard: { type: 'answerStartsSafety', params: at }, actions: apply }, accepted]
        : accepted,
    skip: { guard: { type: 'skipAccepted', params: at }, actions: apply },
    exit: { target: flow === 'safety' ? '#exited-safety' : '#exited', actions: { type: 'recordExit', params: at } },
  };
  if (entry.practices.length > 0) {
    for (const type of practiceEvents) {
      on[type] = { guard: { type: 'practiceAccepted', params: at }, actions: apply };
    }
  }
  const next = candidates(env, flow, index, 'next');
  if (next.length > 0) on['next'] = next;
  const back = candidates(env, flow, index, 'back');
  if (back.length > 0) on['back'] = back;
  if (flow === 'safety' && flowLesson(env, flow).steps.slice(index + 1).every((later) => later.conditional)) {
    on['acknowledge'] = {
      target: '#lesson-history',
      guard: { type: 'acknowledgeAccepted', params: at },
      actions: { type: 'acknowledge', params: at },
    };
  }
  const state: StateSpec = { entry: { type: 'enterStep', params: at }, on };
  if (entry.practices.length > 0) {
    state.exit = [
      { type: 'recordLeave', params: at },
      { type: 'leave', params: at },
    ];
  }
  return state;
}

/**
 * The transitions tried in order for `next`, `back`, or the first step: one
 * per step that may be empty, up to the first step that never is (or, for the
 * lesson, completion).
 */
function candidates(env: SessionEnv, flow: Flow, from: number, direction: 'next' | 'back' | 'start'): TransitionSpec[] {
  const steps = flowLesson(env, flow).steps;
  const delta = direction === 'back' ? -1 : 1;
  const list: TransitionSpec[] = [];
  for (let index = from + delta; index >= 0 && index < steps.length; index += delta) {
    const { step, conditional } = steps[index]!;
    if (direction !== 'start') {
      const type = direction === 'next' ? 'nextLeadsTo' : 'backLeadsTo';
      list.push({ target: step.id, guard: { type, params: { flow, step: from, to: index } } });
    } else {
      list.push(conditional ? { target: step.id, guard: { type: 'hasContent', params: { flow, step: index } } } : { target: step.id });
    }
    if (!conditional) return list;
  }
  if (flow === 'lesson' && direction === 'next') {
    list.push({ target: '#completed', guard: { type: 'nextLeadsTo', params: { flow, step: from, to: 'end' } } });
  }
  if (flow === 'lesson' && direction === 'start') list.push({ target: '#completed' });
  return list;
}
