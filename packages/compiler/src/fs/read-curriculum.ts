/// <reference types="node" />
/**
 * Reads a curriculum folder into the source files the compiler takes.
 *
 * @module
 */

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceFile } from '../types.js';
import { isCurriculumFile, isIgnoredName } from './curriculum-files.js';

/**
 * Reads every source file of the curriculum in `dir`: `curriculum.yaml`,
 * `package.json`, `instruments/*.yaml` and every `.mdx` lesson at any depth.
 * `node_modules`, dotfiles and dot-folders are skipped, and so is anything
 * else (`CHANGELOG.md`, tests, images). Paths are relative to `dir` with POSIX
 * separators; files are sorted by path (`Array#sort` order), so the same folder
 * always gives the same list.
 *
 * Rejects with the file-system error when `dir` cannot be read.
 *
 * @example
 * ```ts
 * import { compile } from '@copekit/compiler';
 * import { readCurriculum } from '@copekit/compiler/node';
 *
 * const files = await readCurriculum('curriculum');
 * const { bundle, messages } = compile(files);
 * ```
 */
export async function readCurriculum(dir: string): Promise<SourceFile[]> {
  const paths = (await listFiles(dir, '')).filter(isCurriculumFile).sort();
  return Promise.all(
    paths.map(async (path) => ({ path, value: await readFile(join(dir, ...path.split('/')), 'utf8') })),
  );
}

/** Relative POSIX paths of the regular files under `dir`, skipping ignored folders. */
async function listFiles(root: string, prefix: string): Promise<string[]> {
  const entries = await readdir(prefix === '' ? root : join(root, ...prefix.split('/')), { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !isIgnoredName(entry.name))
      .map(async (entry) => {
        const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
        if (entry.isDirectory()) return listFiles(root, path);
        return entry.isFile() ? [path] : [];
      }),
  );
  return nested.flat();
}
