/**
 * Assembles the bundle: curriculum facts from `curriculum.yaml` and
 * package.json, declared instruments and lessons sorted by id, and the
 * content hash of the whole. No timestamps, no absolute paths: the same
 * sources always give the same bundle.
 *
 * @module
 */

import type { Bundle, CurriculumManifest, InstrumentDefinition, Lesson } from '@copekit/schema';
import { canonicalJson, sha256Hex } from '../hash/index.js';
import { canonicalLesson } from '../lower/lesson-hash.js';
import { compareCodePoints } from '../hash/canonical-json.js';

/** What a bundle is made of. */
export interface BundleParts {
  manifest: CurriculumManifest;
  /** The curriculum version from package.json. */
  version: string;
  /** Declared instrument definitions. */
  instruments: readonly InstrumentDefinition[];
  /** Lowered, hashed lessons. */
  lessons: readonly Lesson[];
}

/**
 * Builds the bundle and hashes it (over the bundle without `hash`).
 *
 * @example
 * assembleBundle({ manifest, version: '1.0.0', instruments, lessons }).hash; // => 'sha256:…'
 */
export function assembleBundle(parts: BundleParts): Bundle {
  const { manifest, version } = parts;
  const unhashed: Omit<Bundle, 'hash'> = {
    schemaVersion: 1,
    curriculum: {
      id: manifest.id,
      title: manifest.title,
      locale: manifest.locale,
      version,
      modules: manifest.modules,
      program: manifest.program,
      safety: manifest.safety,
      crisis: manifest.crisis,
    },
    instruments: [...parts.instruments].sort((a, b) => compareCodePoints(a.id, b.id)),
    lessons: [...parts.lessons].sort((a, b) => compareCodePoints(a.id, b.id)),
  };
  return { ...unhashed, hash: `sha256:${sha256Hex(canonicalBundle(unhashed))}` };
}

/**
 * `canonicalJson(bundle)` of a bundle without `hash`, built from the JSON each
 * lesson already has (its keys in code point order: `curriculum`,
 * `instruments`, `lessons`, `schemaVersion`).
 */
export function canonicalBundle(bundle: Omit<Bundle, 'hash'>): string {
  const lessons = bundle.lessons.map(canonicalLesson).join(',');
  const { curriculum, instruments, schemaVersion } = bundle;
  return `{"curriculum":${canonicalJson(curriculum)},"instruments":${canonicalJson(instruments)},"lessons":[${lessons}],"schemaVersion":${schemaVersion}}`;
}
