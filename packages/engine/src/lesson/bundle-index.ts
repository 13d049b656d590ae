/**
 * A bundle prepared for running, cached per bundle object so that creating
 * many sessions from one parsed bundle indexes each lesson once.
 *
 * @module
 */

import type { Bundle, InstrumentDefinition, Lesson } from '@copekit/schema';
import { SessionError } from '../session/session-error.js';
import { indexLesson, type LessonIndex } from './lesson-index.js';

/** A bundle prepared for running. */
export interface BundleIndex {
  bundle: Bundle;
  instruments: ReadonlyMap<string, InstrumentDefinition>;
  /** The indexed lesson with this id, or `undefined`. */
  lesson(id: string): LessonIndex | undefined;
  /** The indexed safety lesson. */
  safety: LessonIndex;
}

const cache = new WeakMap<Bundle, BundleIndex>();

/**
 * Indexes `bundle` (once per bundle object). Throws a `SessionError`
 * (`invalid-bundle`) when the bundle has no usable safety lesson.
 */
export function indexBundle(bundle: Bundle): BundleIndex {
  const cached = cache.get(bundle);
  if (cached !== undefined) return cached;
  const instruments = new Map(bundle.instruments.map((definition) => [definition.id, definition]));
  const lessons = new Map<string, Lesson>(bundle.lessons.map((lesson) => [lesson.id, lesson]));
  const indexed = new Map<string, LessonIndex>();
  const lesson = (id: string): LessonIndex | undefined => {
    const found = indexed.get(id);
    if (found !== undefined) return found;
    const source = lessons.get(id);
    if (source === undefined) return undefined;
    const index = indexLesson(source, instruments);
    indexed.set(id, index);
    return index;
  };
  const safetyId = bundle.curriculum.safety.lesson;
  const safety = lesson(safetyId);
  if (safety === undefined || safety.lesson.kind !== 'safety') {
    throw new SessionError(
      'invalid-bundle',
      `The bundle's safety lesson \`${safetyId}\` is missing or not of kind \`safety\`; every session needs the safety flow. Set \`safety.lesson\` in curriculum.yaml and rebuild.`,
    );
  }
  if (!safety.lesson.steps.some((step) => step.blocks.some((block) => block.type === 'crisis'))) {
    throw new SessionError(
      'invalid-bundle',
      `The safety lesson \`${safetyId}\` never shows \`<Crisis />\` outside a \`<Show>\`, so a risk answer could miss the crisis resources. Add it to a step.`,
    );
  }
  const { crisis } = bundle.curriculum;
  if (!crisis.regions.some((region) => region.id === crisis.defaultRegion)) {
    throw new SessionError(
      'invalid-bundle',
      `The crisis default region \`${crisis.defaultRegion}\` has no resources in the bundle. Add it under \`crisis.regions\` in curriculum.yaml.`,
    );
  }
  const index: BundleIndex = { bundle, instruments, lesson, safety };
  cache.set(bundle, index);
  return index;
}
