/**
 * Writes a session snapshot.
 *
 * @module
 */

import { canonicalJson, type SessionSnapshot } from '@copekit/schema';
import { contentStamp } from '../core/content-stamp.js';
import type { Position } from '../core/position.js';
import type { SessionContext } from '../core/session-context.js';
import type { SessionEnv } from '../core/session-env.js';
import { sealSnapshot } from './seal-snapshot.js';
import type { SessionMeta } from './session-meta.js';
import { placeOf } from './state-position.js';

/**
 * The snapshot of a session: a fresh JSON-serializable object (nothing shared
 * with the session), stamped with versions and a checksum.
 */
export function takeSnapshot(env: SessionEnv, meta: SessionMeta, seq: number, position: Position, context: SessionContext): SessionSnapshot {
  return sealSnapshot({
    schemaVersion: 1,
    ...contentStamp(env),
    safetyLesson: env.safety.lesson.id,
    safetyLessonHash: env.safety.lesson.hash,
    ...meta,
    seq,
    state: { ...placeOf(env, position), ...context },
  });
}
