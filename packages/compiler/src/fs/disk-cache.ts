/// <reference types="node" />
/**
 * A compile cache kept as one JSON file on disk, so that a second build only
 * parses the files that changed since the first.
 *
 * @module
 */

import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CachedFileResult, CompileCache } from '../types.js';
import { parseCacheFile } from './cache-file.js';

/** Options of {@link createDiskCache}. */
export interface DiskCacheOptions {
  /** Folder of the cache file. Default: `<root>/node_modules/.cache/copekit`. */
  directory?: string;
}

/** A {@link CompileCache} backed by a JSON file. */
export interface DiskCache extends CompileCache {
  /** Absolute or root-relative path of the cache file. */
  readonly file: string;
  /**
   * Writes the entries used since the cache was created or last saved (read
   * or written by the builds in between) and forgets every other entry, so
   * the file never holds more than one build's worth of results. Creates the
   * folder when needed; the file is replaced atomically.
   */
  save(): Promise<void>;
}

/** Name of the cache file inside its folder. */
export const cacheFileName = 'compile-cache.json';

/**
 * Opens the disk cache of the curriculum in `root`, reading the cache file
 * if there is one. A missing, unreadable or corrupt file (invalid JSON, an
 * unknown format, malformed entries) is ignored: the cache starts empty and
 * the next {@link DiskCache.save} rewrites it.
 *
 * Keys are the content hashes the compiler computes (path, text and compiler
 * version), so an entry is only ever reused for identical input.
 *
 * @example
 * ```ts
 * import { compile } from '@copekit/compiler';
 * import { createDiskCache, readCurriculum } from '@copekit/compiler/node';
 *
 * const cache = createDiskCache('curriculum');
 * const result = compile(await readCurriculum('curriculum'), { cache });
 * await cache.save();
 * ```
 */
export function createDiskCache(root: string, options: DiskCacheOptions = {}): DiskCache {
  const directory = options.directory ?? join(root, 'node_modules', '.cache', 'copekit');
  const file = join(directory, cacheFileName);
  let stored = parseCacheFile(readIfPresent(file));
  let used = new Map<string, CachedFileResult>();

  return {
    file,
    get(key) {
      const value = used.get(key) ?? stored.get(key);
      if (value !== undefined) used.set(key, value);
      return value;
    },
    set(key, value) {
      used.set(key, value);
    },
    async save() {
      const entries = Object.fromEntries([...used].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      stored = used;
      used = new Map();
      await mkdir(directory, { recursive: true });
      const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(temporary, JSON.stringify({ format: 1, entries }));
      await rename(temporary, file);
    },
  };
}

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
