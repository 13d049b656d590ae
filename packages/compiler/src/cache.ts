/**
 * Incremental builds: each lesson's result (lowered lesson and messages, as
 * plain JSON) is stored under a key that hashes everything it depends on, so
 * a rebuild only parses lessons whose text or context changed. File times
 * are never used.
 *
 * @module
 */

import { contentHash } from './hash/index.js';
import type { CachedFileResult, CompileCache, SourceFile } from './types.js';

/**
 * Version of the lowering. Part of every cache key: change it whenever the
 * lowered data or the messages of a lesson change for the same input, so
 * results persisted by an older compiler are never reused.
 */
const compilerVersion = 'copekit-compiler/1';

/**
 * A cache that lives as long as the object: pass the same one to every
 * build of a watch loop or a preview.
 *
 * @example
 * ```ts
 * import { compile, createMemoryCache } from '@copekit/compiler';
 *
 * const cache = createMemoryCache();
 * compile(files, { cache }); // parses every lesson
 * compile(changedFiles, { cache }).stats; // => { parsed: 1, cached: 23 }
 * ```
 */
export function createMemoryCache(): CompileCache {
  const entries = new Map<string, CachedFileResult>();
  return {
    get: (key) => entries.get(key),
    set(key, value) {
      entries.set(key, value);
    },
  };
}

/**
 * The cache key of a lesson: a hash of the compiler version, the hash of the
 * lesson's context (see {@link contextHash}), its path and its text.
 */
export function lessonCacheKey(path: string, text: string, context: string): string {
  return contentHash([compilerVersion, context, path, text]);
}

/** The last key computed for each path, per cache. */
const lastKeys = new WeakMap<CompileCache, Map<string, { text: string; context: string; key: string }>>();

/**
 * {@link lessonCacheKey}, remembered per cache and path: when a rebuild sees
 * the same text and context again, comparing the strings is enough, and the
 * text is not hashed again.
 */
export function rememberedCacheKey(cache: CompileCache, path: string, text: string, context: string): string {
  let keys = lastKeys.get(cache);
  if (keys === undefined) lastKeys.set(cache, (keys = new Map()));
  const last = keys.get(path);
  if (last !== undefined && last.text === text && last.context === context) return last.key;
  const key = lessonCacheKey(path, text, context);
  keys.set(path, { text, context, key });
  return key;
}

/** What every lesson depends on besides its own text. */
export interface LessonDependencies {
  /** Text of curriculum.yaml, if any. */
  manifest: string | undefined;
  /** Instrument files, sorted by path. */
  instruments: readonly SourceFile[];
  /** The readability option. */
  maxReadingGrade: number;
}

/** The hash of a lesson's dependencies. */
export function contextHash(dependencies: LessonDependencies): string {
  const { manifest, instruments, maxReadingGrade } = dependencies;
  return contentHash({ manifest: manifest ?? null, instruments: instruments.map((file) => [file.path, file.value]), maxReadingGrade });
}
