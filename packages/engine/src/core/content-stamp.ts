/**
 * The content and engine versions every record and snapshot of a session carries.
 *
 * @module
 */

import type { SessionRecord } from '@copekit/schema';
import { ENGINE_VERSION } from '../version.js';
import type { SessionEnv } from './session-env.js';

/** Which curriculum, bundle, lesson and engine a record or snapshot was written with. */
export type ContentStamp = Pick<SessionRecord, 'curriculum' | 'curriculumVersion' | 'bundleHash' | 'lesson' | 'lessonHash' | 'engineVersion'>;

/**
 * The content stamp of a session (in the key order records are written with).
 *
 * @example
 * ```ts
 * contentStamp(createEnv(bundle, 'pacing-basics'));
 * // => { curriculum: 'copekit-core', curriculumVersion: '1.0.0', bundleHash: 'sha256:…', lesson: 'pacing-basics', lessonHash: 'sha256:…', engineVersion: '0.1.0' }
 * ```
 */
export function contentStamp(env: SessionEnv): ContentStamp {
  const { curriculum, hash } = env.bundle.bundle;
  return {
    curriculum: curriculum.id,
    curriculumVersion: curriculum.version,
    bundleHash: hash,
    lesson: env.lesson.lesson.id,
    lessonHash: env.lesson.lesson.hash,
    engineVersion: ENGINE_VERSION,
  };
}
