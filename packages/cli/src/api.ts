/**
 * The programmatic API of the CLI: what `copekit validate` and `copekit
 * build` do, without printing, reading `argv` or exiting.
 *
 * @module
 */

import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { compile, serializeBundle, type CompileCache, type CompileOptions, type CompileResult } from '@copekit/compiler';
import { createDiskCache, readCurriculum } from '@copekit/compiler/node';
import type { Bundle } from '@copekit/schema';
import { curriculumDir } from './curriculum-dir.js';

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** The curriculum folder, absolute or relative to `cwd`. Default `curriculum`. */
  dir?: string;
  /** Folder that relative paths are resolved against. Default: the current directory. */
  cwd?: string;
  /** Highest reading grade before the readability rule warns (the compiler's default is 6). */
  maxGrade?: number;
  /**
   * `true` (default): reuse per-file results saved in
   * `<dir>/node_modules/.cache/copekit` and save the new ones; `false`: parse
   * every file; or a cache to use instead, such as `createMemoryCache()`.
   */
  cache?: boolean | CompileCache;
}

/** Options of {@link build}. */
export interface BuildOptions extends ValidateOptions {
  /** Where to write the bundle, absolute or relative to `cwd`. Nothing is written without it. */
  out?: string;
}

/** What {@link validate} and {@link build} return. */
export interface CheckResult {
  /** `0` when there are no errors (warnings allowed), `1` when there are. */
  exitCode: 0 | 1;
  /** Every message, sorted by file, line and column; `file` is relative to `dir`. */
  messages: CompileResult['messages'];
  /** The bundle, when there are no errors. */
  bundle?: Bundle;
  /** The absolute curriculum folder. */
  dir: string;
  /** Number of lesson files (`.mdx`) read. */
  lessons: number;
  /** The absolute path of the bundle file, when one was written. */
  out?: string;
  /** Why the disk cache could not be saved, if it could not. The result is still valid. */
  cacheError?: Error;
}

/**
 * Checks the curriculum in `options.dir`: every lesson, instrument and the
 * manifest. Throws a `UsageError` when the folder holds no curriculum.
 *
 * @example
 * ```ts
 * import { validate } from '@copekit/cli';
 *
 * const { exitCode, messages } = await validate({ dir: 'curriculum' });
 * for (const message of messages) console.log(String(message));
 * ```
 */
export async function validate(options: ValidateOptions = {}): Promise<CheckResult> {
  const dir = await curriculumDir(options.dir ?? 'curriculum', options.cwd);
  const files = await readCurriculum(dir);
  const diskCache = options.cache === false || typeof options.cache === 'object' ? undefined : createDiskCache(dir);
  const cache = typeof options.cache === 'object' ? options.cache : diskCache;
  const compileOptions: CompileOptions = {};
  if (cache !== undefined) compileOptions.cache = cache;
  if (options.maxGrade !== undefined) compileOptions.maxReadingGrade = options.maxGrade;
  const { bundle, messages } = compile(files, compileOptions);

  const result: CheckResult = {
    exitCode: bundle === undefined || messages.some((message) => message.fatal === true) ? 1 : 0,
    messages,
    dir,
    lessons: files.filter((file) => file.path.endsWith('.mdx')).length,
  };
  if (bundle !== undefined && result.exitCode === 0) result.bundle = bundle;
  if (diskCache !== undefined) {
    await diskCache.save().catch((error: unknown) => {
      result.cacheError = error instanceof Error ? error : new Error(String(error));
    });
  }
  return result;
}

/**
 * Checks the curriculum like {@link validate} and, when there are no errors
 * and `options.out` is set, writes the bundle there (creating parent folders;
 * the file is replaced atomically). The same sources always give the same
 * bytes.
 *
 * @example
 * ```ts
 * import { build } from '@copekit/cli';
 *
 * const { exitCode } = await build({ dir: 'curriculum', out: 'out/bundle.json' });
 * ```
 */
export async function build(options: BuildOptions = {}): Promise<CheckResult> {
  const result = await validate(options);
  if (result.bundle === undefined || options.out === undefined) return result;
  const out = resolve(options.cwd ?? '.', options.out);
  await mkdir(dirname(out), { recursive: true });
  const temporary = `${out}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, serializeBundle(result.bundle));
  await rename(temporary, out);
  return { ...result, out };
}
