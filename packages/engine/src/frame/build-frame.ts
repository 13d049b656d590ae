/**
 * Builds the frame of a session state.
 *
 * @module
 */

import type { CrisisRegion, DeliveryMode } from '@copekit/schema';
import { AnswerScope } from '../conditions/answer-scope.js';
import { backDestination, checkAcknowledge, nextDestination } from '../core/check-navigation.js';
import type { Position } from '../core/position.js';
import type { SessionContext } from '../core/session-context.js';
import { flowLesson, type SessionEnv } from '../core/session-env.js';
import { missingItems } from '../navigation/step-content.js';
import { frameBlocks } from './frame-blocks.js';
import type { Audience, Frame, FrameAction, FrameCrisis } from './frame-types.js';

/** How a frame is built. */
export interface FrameSettings {
  mode: DeliveryMode;
  audience: Audience;
  region: CrisisRegion;
  /** Clock time of the frame, for practice timing. */
  now: number;
}

/**
 * The frame of a session at `position` with `context`.
 *
 * @example
 * ```ts
 * buildFrame(env, position, context, { mode: 'guided', audience: 'coach', region, now: clock.now() }).actions; // => ['next', 'exit']
 * ```
 */
export function buildFrame(env: SessionEnv, position: Position, context: SessionContext, settings: FrameSettings): Frame {
  const { lesson } = env;
  const frame: Frame = {
    status: position.status,
    audience: settings.audience,
    mode: settings.mode,
    lesson: { id: lesson.lesson.id, title: lesson.lesson.title, kind: lesson.lesson.kind },
    flow: position.flow,
    step: null,
    progress: lesson.steps.length === 0 ? 1 : position.lessonStep / lesson.steps.length,
    blocks: [],
    actions: [],
    missing: [],
    focus: null,
  };
  if (position.status === 'completed') {
    frame.flow = 'lesson';
    frame.progress = 1;
    return frame;
  }
  const flow = flowLesson(env, position.flow);
  const entry = flow.steps[position.step]!;
  const { id, title } = entry.step;
  frame.step = { id, ...(title !== undefined && { title }), index: position.step, count: flow.steps.length, lesson: flow.lesson.id };
  if (position.status === 'exited') {
    frame.actions = ['resume'];
    return frame;
  }
  const at = { flow: position.flow, step: position.step };
  const scope = new AnswerScope(env.lessons, context);
  const crisis: FrameCrisis = {
    type: 'crisis',
    region: { id: settings.region.id, name: settings.region.name },
    statement: env.bundle.bundle.curriculum.safety.statement,
    resources: settings.region.resources,
  };
  const coachNotes = settings.audience === 'coach' && settings.mode === 'guided';
  frame.blocks = frameBlocks(entry.step.blocks, { lesson: flow, context, scope, coachNotes, crisis, now: settings.now });
  frame.missing = missingItems(flow, position.step, context, scope);
  const answers = context.answers[flow.lesson.id];
  const skipped = context.skipped[flow.lesson.id];
  frame.focus =
    entry.items.find((item) => answers?.[item.item.id] === undefined && !skipped?.includes(item.item.id) && scope.visible(item, flow))?.item.id ??
    null;
  const actions: FrameAction[] = [];
  if (typeof nextDestination(env, at, context) !== 'object') actions.push('next');
  if (typeof backDestination(env, at, context) !== 'object') actions.push('back');
  if (checkAcknowledge(env, at, context) === null) actions.push('acknowledge');
  actions.push('exit');
  frame.actions = actions;
  return frame;
}
