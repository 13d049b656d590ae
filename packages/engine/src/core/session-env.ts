/**
 * The content a session runs: its lesson and the safety lesson, indexed.
 *
 * @module
 */

import type { Bundle, Flow, ItemRef } from '@copekit/schema';
import { indexBundle, type BundleIndex } from '../lesson/bundle-index.js';
import type { LessonIndex } from '../lesson/lesson-index.js';
import { SessionError } from '../session/session-error.js';

/** The content a session runs. */
export interface SessionEnv {
  bundle: BundleIndex;
  /** The session's lesson. */
  lesson: LessonIndex;
  /** The safety lesson (the same object when the session runs the safety lesson itself). */
  safety: LessonIndex;
  /** Lessons whose answers live in the session: the lesson, then the safety lesson if different. */
  lessons: readonly LessonIndex[];
  /** Whether risk answers start a separate safety flow (false when running the safety lesson itself). */
  hasSafetyFlow: boolean;
  /** References to other lessons' items made by the lesson and the safety lesson (answered from prior answers). */
  priorRefs: readonly ItemRef[];
}

/**
 * Prepares lesson `lessonId` of `bundle`. Throws a `SessionError` for an
 * unknown lesson or a bundle without a usable safety lesson.
 */
export function createEnv(bundle: Bundle, lessonId: string): SessionEnv {
  const index = indexBundle(bundle);
  const lesson = index.lesson(lessonId);
  if (lesson === undefined) {
    const known = bundle.lessons.map((candidate) => `\`${candidate.id}\``).join(', ');
    throw new SessionError('unknown-lesson', `The bundle has no lesson \`${lessonId}\`. Its lessons: ${known}.`);
  }
  const { safety } = index;
  const hasSafetyFlow = lesson !== safety;
  const lessons = hasSafetyFlow ? [lesson, safety] : [lesson];
  const own = new Set(lessons.map((entry) => entry.lesson.id));
  const priorRefs = lessons.flatMap((entry) => entry.externalRefs).filter((ref) => !own.has(ref.lesson!));
  return { bundle: index, lesson, safety, lessons, hasSafetyFlow, priorRefs };
}

/** The lesson a flow runs. */
export function flowLesson(env: SessionEnv, flow: Flow): LessonIndex {
  return flow === 'safety' ? env.safety : env.lesson;
}
