/**
 * Inputs and outputs of the pure compiler core.
 *
 * @module
 */

import type { Bundle } from '@copekit/schema';
import type { VFileMessage } from 'vfile-message';

/**
 * A source file of a curriculum, as text. `path` is relative to the curriculum
 * root with POSIX separators: `curriculum.yaml`, `package.json`,
 * `instruments/phq-9.yaml`, `pacing/pacing-basics.mdx`.
 */
export interface SourceFile {
  path: string;
  value: string;
}

/** Options of {@link compile}. */
export interface CompileOptions {
  /**
   * Per-file results keyed by content hash. Pass the same cache to later
   * builds so that only changed files are parsed again.
   */
  cache?: CompileCache;
  /** Highest reading grade before the readability rule warns. Default 6. */
  maxReadingGrade?: number;
}

/** What {@link compile} returns. */
export interface CompileResult {
  /** The bundle, or `undefined` when any error was found. */
  bundle: Bundle | undefined;
  /** Every message, sorted by file, line and column. */
  messages: VFileMessage[];
  /** How many lessons were parsed, and how many were taken from the cache. */
  stats: CompileStats;
}

/** Work done by one build. */
export interface CompileStats {
  /** Lessons parsed and lowered in this build. */
  parsed: number;
  /** Lessons whose result came from the cache. */
  cached: number;
}

/**
 * A store of per-file compile results keyed by a content hash (of the file's
 * path, text and the compiler version). Values are plain JSON, so a cache can
 * be kept in memory or persisted to disk.
 */
export interface CompileCache {
  get(key: string): CachedFileResult | undefined;
  set(key: string, value: CachedFileResult): void;
}

/** A serializable per-file result: the lowered lesson (if any) and its messages. */
export interface CachedFileResult {
  /**
   * Lowered lesson data (plain JSON, a `LoweredLesson` when written by this
   * compiler); shape owned by the compiler, which checks it when reading.
   */
  lesson: unknown;
  /** Messages as plain data. */
  messages: SerializedMessage[];
}

/** A message as plain JSON. */
export interface SerializedMessage {
  reason: string;
  ruleId: string;
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  fix?: string;
}
