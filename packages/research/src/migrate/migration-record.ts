/**
 * The `session.migrated` record a migration writes.
 *
 * @module
 */

import type { Bundle, MigratedContent, SessionMigratedPayload, SessionMigratedRecord, SessionSnapshot } from '@copekit/schema';
import { ENGINE_VERSION } from '@copekit/engine/snapshot';
import type { LessonOutline } from './lesson-outline.js';

/**
 * The content a session runs in `bundle`: versions and the hashes of its lesson and safety lesson.
 *
 * @example
 * ```ts
 * migratedContent(v2, lesson, safety); // { curriculumVersion: '1.1.0', bundleHash: 'sha256:…', lessonHash: …, safetyLesson: 'crisis-support', safetyLessonHash: … }
 * ```
 */
export function migratedContent(bundle: Bundle, lesson: LessonOutline, safety: LessonOutline): MigratedContent {
  return {
    curriculumVersion: bundle.curriculum.version,
    bundleHash: bundle.hash,
    lessonHash: lesson.lesson.hash,
    safetyLesson: safety.lesson.id,
    safetyLessonHash: safety.lesson.hash,
  };
}

/**
 * The record of a migration of `saved` to `snapshot` (the migrated one, in
 * `bundle`), numbered with the old snapshot's `seq`, written at `at`, and
 * placed where the migrated session is.
 *
 * @example
 * ```ts
 * const record = migrationRecord(saved, migrated, v2, payload, Date.now());
 * ```
 */
export function migrationRecord(
  saved: Omit<SessionSnapshot, 'checksum'>,
  snapshot: SessionSnapshot,
  bundle: Bundle,
  payload: SessionMigratedPayload,
  at: number,
): SessionMigratedRecord {
  const { safetyStep, step } = snapshot.state;
  return {
    seq: saved.seq,
    at,
    type: 'session.migrated',
    session: saved.session,
    participant: saved.participant,
    curriculum: bundle.curriculum.id,
    curriculumVersion: bundle.curriculum.version,
    bundleHash: bundle.hash,
    lesson: snapshot.lesson,
    lessonHash: snapshot.lessonHash,
    engineVersion: ENGINE_VERSION,
    flow: safetyStep === null ? 'lesson' : 'safety',
    step: safetyStep ?? step,
    payload,
  };
}
