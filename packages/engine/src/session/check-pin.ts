/**
 * Checks a bundle against the content pin a session was created with.
 *
 * @module
 */

import type { Bundle, ContentPin } from '@copekit/schema';
import { SessionError } from './session-error.js';

/**
 * Throws a `SessionError` (`pin-mismatch`) when `bundle` is not the content
 * `pin` names: another curriculum, version or bundle hash, or any lesson whose
 * hash differs (or that only one of them has). The message names both
 * curriculum versions and every differing lesson.
 *
 * @example
 * ```ts
 * checkPin(bundle, lock); // throws: `… lessons that differ: pacing-basics, sleep-basics. …`
 * ```
 */
export function checkPin(bundle: Bundle, pin: ContentPin): void {
  const { curriculum, hash } = bundle;
  const hashes = new Map(bundle.lessons.map((lesson) => [lesson.id, lesson.hash]));
  const ids = [...new Set([...Object.keys(pin.lessons), ...hashes.keys()])].sort();
  const lessons = ids.filter((id) => pin.lessons[id] !== hashes.get(id));
  const same = pin.curriculum.id === curriculum.id && pin.curriculum.version === curriculum.version && pin.bundleHash === hash;
  if (same && lessons.length === 0) return;
  throw new SessionError(
    'pin-mismatch',
    `The bundle is ${curriculum.id} ${curriculum.version} (${hash}), but the session is pinned to ` +
      `${pin.curriculum.id} ${pin.curriculum.version} (${pin.bundleHash}). ` +
      (lessons.length > 0 ? `Lessons that differ: ${lessons.join(', ')}. ` : '') +
      'Run the session with the pinned bundle, or pin the new content on purpose (`copekit lock`).',
  );
}
