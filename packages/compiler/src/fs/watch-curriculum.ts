/// <reference types="node" />
/**
 * Watches a curriculum folder and reports which source files changed.
 *
 * @module
 */

import { watch } from 'node:fs';
import { sep } from 'node:path';
import { isCurriculumFile } from './curriculum-files.js';

/** Options of {@link watchCurriculum}. */
export interface WatchCurriculumOptions {
  /** Quiet time in milliseconds after the last change before `onChange` runs. Default 50. */
  debounce?: number;
  /**
   * Called when watching fails (for example when the folder is removed) or
   * when `onChange` throws. Without it, such errors are thrown.
   */
  onError?: (error: Error) => void;
}

/** A running watcher. */
export interface CurriculumWatcher {
  /** Stops watching. Pending changes are dropped; a running `onChange` finishes. */
  close(): void;
}

/**
 * Calls `onChange` with the sorted paths (relative to `dir`, POSIX
 * separators) of the curriculum source files that changed, were added or
 * were removed. Changes are debounced: a burst of saves makes one call.
 * Calls never overlap: changes seen while an `onChange` promise is pending
 * are reported in one more call once it settles. Other files (anything
 * {@link readCurriculum} skips, such as editor swap files or `node_modules`)
 * are ignored.
 *
 * Uses `node:fs` `watch` with `recursive: true` (Linux needs Node 20+).
 *
 * @example
 * ```ts
 * import { watchCurriculum } from '@copekit/compiler/node';
 *
 * const watcher = watchCurriculum('curriculum', (paths) => {
 *   console.log('changed:', paths.join(', '));
 * });
 * // later
 * watcher.close();
 * ```
 */
export function watchCurriculum(
  dir: string,
  onChange: (paths: string[]) => void | Promise<void>,
  options: WatchCurriculumOptions = {},
): CurriculumWatcher {
  const debounce = options.debounce ?? 50;
  const fail =
    options.onError ??
    ((error: Error) => {
      throw error;
    });
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let closed = false;

  const flush = async (): Promise<void> => {
    timer = undefined;
    if (closed || running || pending.size === 0) return;
    const paths = [...pending].sort();
    pending.clear();
    running = true;
    try {
      await onChange(paths);
    } catch (error) {
      fail(error instanceof Error ? error : new Error(String(error)));
    } finally {
      running = false;
      if (pending.size > 0) schedule();
    }
  };
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounce);
  };

  const watcher = watch(dir, { recursive: true }, (_event, filename) => {
    if (filename === null) return;
    const path = filename.split(sep).join('/');
    if (!isCurriculumFile(path)) return;
    pending.add(path);
    schedule();
  });
  watcher.on('error', fail);

  return {
    close() {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      pending.clear();
      watcher.close();
    },
  };
}
