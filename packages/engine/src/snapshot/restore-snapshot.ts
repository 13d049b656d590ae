/**
 * Reads a saved snapshot back, refusing anything it cannot load exactly:
 * another format version, a shape that does not match the schema, a checksum
 * that does not match, other content, other options, or a state that does
 * not fit the lesson.
 *
 * @module
 */

import { validateSnapshotCompact as validateSnapshot, type DeliveryMode, type SessionSnapshot } from '@copekit/schema';
import type { Position } from '../core/position.js';
import { freezeAnswer } from '../core/prior-answers.js';
import type { SessionContext } from '../core/session-context.js';
import type { SessionEnv } from '../core/session-env.js';
import { canonicalJson } from './canonical-json.js';
import { textChecksum } from './checksum.js';
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
  const version = (input as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version !== 1) {
    throw new SnapshotError('unsupported-version', `The snapshot has format version ${version}; this engine reads version 1.`);
  }
  if (!validateSnapshot(input)) {
    const error = validateSnapshot.errors?.[0];
    const where = error?.instancePath ? `at ${error.instancePath}` : 'at the top level';
    throw new SnapshotError('invalid-snapshot', `Not a Copekit session snapshot: ${where}, ${error?.message ?? 'invalid'}.`);
  }
  const { checksum, ...body } = input as SessionSnapshot;
  const text = canonicalJson(body);
  if (textChecksum(text) !== checksum) {
    throw new SnapshotError('checksum-mismatch', 'The snapshot does not match its checksum: it was corrupted or edited, so it cannot be trusted.');
  }
  const snapshot = JSON.parse(text) as Omit<SessionSnapshot, 'checksum'>;
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
  const { session, participant, mode, region, startedAt, seq } = snapshot;
  return { meta: { session, participant, mode, region, startedAt }, seq, position, context };
}

function checkContent(env: SessionEnv, snapshot: Omit<SessionSnapshot, 'checksum'>, expected: Expected): void {
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
  for (const [id, hash, lesson] of [
    [snapshot.lesson, snapshot.lessonHash, env.lesson],
    [snapshot.safetyLesson, snapshot.safetyLessonHash, env.safety],
  ] as const) {
    if (id !== lesson.lesson.id || hash !== lesson.lesson.hash) {
      throw new SnapshotError(
        'lesson-mismatch',
        `The snapshot was taken with lesson \`${id}\` of ${snapshot.curriculum} ${snapshot.curriculumVersion} (${hash}), ` +
          `but this bundle has \`${lesson.lesson.id}\` of ${curriculum.id} ${curriculum.version} (${lesson.lesson.hash}). ` +
          'Sessions cannot move between content versions yet: finish it with the old bundle, or start the lesson again.',
      );
    }
  }
}
