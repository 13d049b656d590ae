/**
 * Converts between the machine's state (state value and history) and a
 * `Position`, so sessions can be read as positions and restored from them.
 *
 * @module
 */

import type { Flow } from '@copekit/schema';
import type { AnyStateNode, SnapshotFrom } from 'xstate';
import type { Position } from '../core/position.js';
import type { SessionContext } from '../core/session-context.js';
import { flowLesson, type SessionEnv } from '../core/session-env.js';
import type { CompiledSession, SessionMachine } from './session-machine.js';

/** A snapshot of the session machine. */
export type SessionMachineSnapshot = SnapshotFrom<SessionMachine>;

type Value = 'exited' | 'exited-safety' | 'completed' | { [flow: string]: string };

/**
 * The position of a machine snapshot. While exited (and once completed) the
 * step comes from the flow's history state; in the safety flow the lesson
 * step to return to comes from `lesson-history`.
 */
export function readPosition(env: SessionEnv, snapshot: SessionMachineSnapshot): Position {
  const value = snapshot.value as Value;
  const history: Record<string, readonly AnyStateNode[] | undefined> = snapshot.historyValue;
  const stepOf = (flow: Flow, key = history[`${flow}-history`]?.[0]?.key) => (key === undefined ? 0 : (flowLesson(env, flow).stepIndex.get(key) ?? 0));
  const lessonStep = stepOf('lesson');
  if (typeof value === 'object') {
    const flow: Flow = 'safety' in value ? 'safety' : 'lesson';
    const step = stepOf(flow, value[flow]);
    return { status: 'active', flow, step, lessonStep: flow === 'lesson' ? step : lessonStep };
  }
  if (value === 'exited-safety') return { status: 'exited', flow: 'safety', step: stepOf('safety'), lessonStep };
  return { status: value, flow: 'lesson', step: lessonStep, lessonStep };
}

/** The machine snapshot for `position` and `context`. */
export function resolvePosition(compiled: CompiledSession, position: Position, context: SessionContext): SessionMachineSnapshot {
  const current = stateNode(compiled, position.flow, position.step);
  const historyValue: Record<string, AnyStateNode[]> = { 'lesson-history': [stateNode(compiled, 'lesson', position.lessonStep)] };
  if (position.flow === 'safety') historyValue['safety-history'] = [current];
  const value =
    position.status === 'active'
      ? { [position.flow]: current.key }
      : position.status === 'exited' && position.flow === 'safety'
        ? 'exited-safety'
        : position.status;
  return compiled.machine.resolveState({ value, context, historyValue });
}

function stateNode({ machine, env }: CompiledSession, flow: Flow, step: number): AnyStateNode {
  const key = flowLesson(env, flow).steps[step]!.step.id;
  return machine.getStateNodeById(`copekit.${flow}.${key}`);
}
