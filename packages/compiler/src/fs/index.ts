/// <reference types="node" />
/**
 * The file-system layer of the compiler, for Node.js: read a curriculum
 * folder, keep a compile cache on disk, and watch a folder for changes. The
 * core (`@copekit/compiler`) never touches the file system, so it also runs
 * in a browser.
 *
 * @example
 * ```ts
 * import { compile } from '@copekit/compiler';
 * import { createDiskCache, readCurriculum } from '@copekit/compiler/node';
 *
 * const cache = createDiskCache('curriculum');
 * const { bundle, messages } = compile(await readCurriculum('curriculum'), { cache });
 * await cache.save();
 * ```
 *
 * @module
 */

export { readCurriculum } from './read-curriculum.js';
export { isCurriculumFile } from './curriculum-files.js';
export { createDiskCache, cacheFileName, type DiskCache, type DiskCacheOptions } from './disk-cache.js';
export { watchCurriculum, type CurriculumWatcher, type WatchCurriculumOptions } from './watch-curriculum.js';
export type { CachedFileResult, CompileCache, SourceFile } from '../types.js';
