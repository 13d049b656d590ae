/**
 * Reads a saved snapshot back, refusing anything it cannot load exactly:
 * another format version, a shape that does not match the schema, a checksum
 * that does not match, other content, other options, or a state that does
 * not fit the lesson.
 *
 * @module
 */

import type { DeliveryMode, SessionSnapshot } from '@copekit/schema';
import type { Position } from '../core/position.js';
import { freezeAnswer } from '../answers/freeze-answer.js';
import type { SessionContext } from '../core/session-context.js';
import type { SessionEnv } from '../core/session-env.js';
import { openSnapshot } from './open-snapshot.js';
import type { SessionMeta } from './session-meta.js';
import { SnapshotError } from './snapshot-error.js';
import { stateProblem } from './check-state.js';
import { positionOf } from './state-position.js';

/** A restored session. */
export interface Restored {
  meta: SessionMeta;
  seq: number;
  position: Position;
  context: SessionContext;
}

/** What the host expects the snapshot to be. */
export interface Expected {
  participant: string;
  mode: DeliveryMode;
}

/**
 * Restores `input` (parsed JSON) for the session described by `env` and
 * `expected`. Throws a `SnapshotError` when it cannot load exactly.
 */
export function restoreSnapshot(env: SessionEnv, input: unknown, expected: Expected): Restored {
  const snapshot = openSnapshot(input);
  checkContent(env, snapshot, expected);
  const position = positionOf(env, snapshot.state);
  const problem = typeof position === 'string' ? position : stateProblem(env, snapshot.state);
  if (problem !== null || typeof position === 'string') {
    throw new SnapshotError('invalid-state', `The snapshot does not fit lesson \`${snapshot.lesson}\`: ${problem}.`);
  }
  const { status: _status, step: _step, safetyStep: _safetyStep, ...context } = snapshot.state;
  for (const answers of [...Object.values(context.answers), ...Object.values(context.prior)]) {
    for (const item of Object.keys(answers)) answers[item] = freezeAnswer(answers[item]!);
  }
  const { session, participant, mode, region, startedAt, pinned, seq } = snapshot;
  return { meta: { session, participant, mode, region, startedAt, ...(pinned && { pinned }) }, seq, position, context };
}

function checkContent(env: SessionEnv, snapshot: SessionSnapshot, expected: Expected): void {
  const { curriculum } = env.bundle.bundle;
  if (snapshot.curriculum !== curriculum.id) {
    throw new SnapshotError(
      'curriculum-mismatch',
      `The snapshot belongs to curriculum \`${snapshot.curriculum}\`, but the bundle is \`${curriculum.id}\`.`,
    );
  }
  const mismatch = [
    ['lesson', snapshot.lesson, env.lesson.lesson.id],
    ['participant', snapshot.participant, expected.participant],
    ['mode', snapshot.mode, expected.mode],
  ].find(([, saved, wanted]) => saved !== wanted);
  if (mismatch !== undefined) {
    const [name, saved, wanted] = mismatch;
    throw new SnapshotError('options-mismatch', `The snapshot's ${name} is \`${saved}\`, but the options ask for \`${wanted}\`.`);
  }
  if (snapshot.pinned && snapshot.bundleHash !== env.bundle.bundle.hash) {
    throw new SnapshotError(
      'pinned-content',
      `The snapshot is of a pinned session that ran ${snapshot.curriculum} ${snapshot.curriculumVersion} (${snapshot.bundleHash}), ` +
        `but this bundle is ${curriculum.version} (${env.bundle.bundle.hash}). Restore it with the pinned bundle, or migrate it on purpose (\`migrateSnapshot\` in @copekit/research).`,
    );
  }
  for (const [id, hash, lesson] of [
    [snapshot.lesson, snapshot.lessonHash, env.lesson],
    [snapshot.safetyLesson, snapshot.safetyLessonHash, env.safety],
  ] as const) {
    if (id !== lesson.lesson.id || hash !== lesson.lesson.hash) {
      throw new SnapshotError(
        'lesson-mismatch',
        `The snapshot was taken with lesson \`${id}\` of ${snapshot.curriculum} ${snapshot.curriculumVersion} (${hash}), ` +
          `but this bundle has \`${lesson.lesson.id}\` of ${curriculum.id} ${curriculum.version} (${lesson.lesson.hash}). ` +
          'Finish the session with the old bundle, carry it over with `migrateSnapshot` (@copekit/research), or start the lesson again.',
      );
    }
  }
}
