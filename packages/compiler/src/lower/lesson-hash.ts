/**
 * Content hashes of lessons, and their canonical JSON for the bundle hash.
 * A lesson is serialized once: its canonical JSON (without `hash`) gives its
 * hash, and is kept to build the canonical JSON of the bundle without
 * serializing the lesson again.
 *
 * @module
 */

import type { Lesson } from '@copekit/schema';
import { canonicalJson, sha256Hex } from '../hash/index.js';

/** Canonical JSON of each lesson without its `hash`. */
const canonicalWithoutHash = new WeakMap<Lesson, string>();

/**
 * The lesson with its content hash: `sha256:` over the canonical JSON of the
 * lesson without `hash`.
 *
 * @example
 * hashLesson({ id: 'a', …, source: 'pacing/a.mdx' }, steps).hash; // => 'sha256:…'
 */
export function hashLesson(head: Omit<Lesson, 'hash' | 'steps'>, steps: Lesson['steps']): Lesson {
  const json = canonicalJson({ ...head, steps });
  const lesson: Lesson = { ...head, hash: `sha256:${sha256Hex(json)}`, steps };
  canonicalWithoutHash.set(lesson, json);
  return lesson;
}

/**
 * The canonical JSON of a lesson with its hash, equal to
 * `canonicalJson(lesson)`. `hash` sorts before every other key of a lesson,
 * so it is spliced in front of the JSON kept by {@link hashLesson}.
 */
export function canonicalLesson(lesson: Lesson): string {
  let json = canonicalWithoutHash.get(lesson);
  if (json === undefined) {
    // A lesson read back from a persisted cache.
    const { hash: _hash, ...rest } = lesson;
    json = canonicalJson(rest);
    canonicalWithoutHash.set(lesson, json);
  }
  return `{"hash":${JSON.stringify(lesson.hash)},${json.slice(1)}`;
}
