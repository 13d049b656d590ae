/**
 * `@copekit/engine/snapshot`: low-level snapshot tools for programs that
 * rewrite saved sessions, such as `migrateSnapshot` in `@copekit/research`:
 * open and seal snapshots, and check answers and conditions as the engine does.
 * Hosts resume sessions with `createSession(bundle, { snapshot })` and do not
 * need this entry. It is kept apart from the main entry so the session
 * runtime stays small.
 *
 * @example
 * ```ts
 * import { openSnapshot, sealSnapshot, validateAnswer } from '@copekit/engine/snapshot';
 *
 * const { checksum: _old, ...body } = openSnapshot(JSON.parse(saved));
 * const resealed = sealSnapshot({ ...body, region: 'uk' });
 * ```
 *
 * @module
 */

export { openSnapshot } from './snapshot/open-snapshot.js';
export { sealSnapshot } from './snapshot/seal-snapshot.js';
export { validateAnswer } from './answers/validate-answer.js';
export { conditionRefs } from './conditions/condition-refs.js';
export type { Rejection } from './core/rejection.js';
export { SnapshotError } from './snapshot/snapshot-error.js';
export type { SnapshotErrorCode } from './snapshot/snapshot-error.js';
export { ENGINE_VERSION } from './version.js';
