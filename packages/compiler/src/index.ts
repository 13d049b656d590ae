/**
 * `@copekit/compiler`: checks Copekit lessons (MDX) and compiles a curriculum
 * to a deterministic, content-addressed JSON bundle. Pure: no file system,
 * so it also runs in a browser preview (`@copekit/compiler/node` reads
 * folders and keeps the cache on disk).
 *
 * @module
 */

export { compile } from './compile.js';
export { createMemoryCache } from './cache.js';
export { serializeBundle } from './link/serialize-bundle.js';
export { deserializeMessage, serializeMessage } from './messages.js';
export { rules, type RuleId } from './rules.js';
export type {
  CachedFileResult,
  CompileCache,
  CompileOptions,
  CompileResult,
  CompileStats,
  SerializedMessage,
  SourceFile,
} from './types.js';
