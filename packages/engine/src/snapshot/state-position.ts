/**
 * Converts between a snapshot's `state` (status and step ids) and a `Position`
 * (step indexes).
 *
 * @module
 */

import type { SessionState } from '@copekit/schema';
import type { Position } from '../core/position.js';
import type { SessionEnv } from '../core/session-env.js';

/** Where a session is, as a snapshot writes it. */
export type StatePlace = Pick<SessionState, 'status' | 'step' | 'safetyStep'>;

/** The snapshot form of `position`. */
export function placeOf(env: SessionEnv, position: Position): StatePlace {
  return {
    status: position.status,
    step: env.lesson.steps[position.lessonStep]!.step.id,
    safetyStep: position.flow === 'safety' ? env.safety.steps[position.step]!.step.id : null,
  };
}

/** The position a snapshot's state names, or a description of what does not fit the lesson. */
export function positionOf(env: SessionEnv, place: StatePlace): Position | string {
  const lessonStep = env.lesson.stepIndex.get(place.step);
  if (lessonStep === undefined) return `lesson \`${env.lesson.lesson.id}\` has no step \`${place.step}\``;
  if (place.safetyStep === null) return { status: place.status, flow: 'lesson', step: lessonStep, lessonStep };
  if (!env.hasSafetyFlow || place.status === 'completed') return `the state cannot be ${place.status} inside the safety flow`;
  const step = env.safety.stepIndex.get(place.safetyStep);
  if (step === undefined) return `the safety lesson has no step \`${place.safetyStep}\``;
  return { status: place.status, flow: 'safety', step, lessonStep };
}
