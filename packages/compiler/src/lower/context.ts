/**
 * What lowering a lesson needs to know about the rest of the curriculum:
 * declared modules and defined instruments. Built by the linker from
 * `curriculum.yaml` and `instruments/*.yaml`; the cache key of every lesson
 * includes the hash of these files, so a cached lesson is only reused while
 * its context is the same.
 *
 * @module
 */

import type { InstrumentDefinition } from '@copekit/schema';

/** An instrument definition as lessons see it. */
export interface ContextInstrument {
  /** The definition as written, or `undefined` when its file is invalid (reported there). */
  definition: InstrumentDefinition | undefined;
  /** Path of its file, `instruments/<id>.yaml`. */
  path: string;
  /** Whether `curriculum.yaml` lists it under `instruments` (assumed when the manifest is invalid). */
  declared: boolean;
}

/** The curriculum facts a lesson is checked against. */
export interface LessonContext {
  /** Declared module ids in order, or `undefined` when there is no valid manifest. */
  modules: readonly string[] | undefined;
  /** Instrument files by id (the file name without `.yaml`). */
  instruments: ReadonlyMap<string, ContextInstrument>;
  /** Highest reading grade before the readability rule warns. */
  maxReadingGrade: number;
}
