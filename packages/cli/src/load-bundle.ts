/**
 * Turns what the user names (a bundle file, a curriculum folder, or a git
 * revision) into a bundle.
 *
 * @module
 */

import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compile, type SourceFile } from '@copekit/compiler';
import { schemaErrors, validateBundle, type Bundle } from '@copekit/schema';
import { validate } from './api.js';
import { gitSpec, readGitSource } from './git-source.js';
import { humanReport } from './human-report.js';
import { SourceError } from './source-error.js';
import { UsageError } from './usage-error.js';

/** Options of {@link loadBundle}. */
export interface LoadBundleOptions {
  /** Folder that relative paths are resolved against. Default: the current directory. */
  cwd?: string;
  /** Also accept git revisions: `git:<ref>`, `git:<ref>:<path>`, and `<ref>:<path>` when no such file exists. Default `false`. */
  git?: boolean;
}

/**
 * The bundle that `source` names: a bundle file (`copekit build` output), a
 * curriculum folder (compiled, warnings ignored), or with `options.git` a git
 * revision of either. Throws a `UsageError` when the source is missing or not
 * a bundle, and a {@link SourceError} (with the compiler's report) when a
 * curriculum does not compile.
 *
 * @example
 * ```ts
 * import { loadBundle } from '@copekit/cli';
 * import { diffBundles } from '@copekit/research';
 *
 * const diff = diffBundles(await loadBundle('git:v1.0.0', { git: true }), await loadBundle('curriculum'));
 * ```
 */
export async function loadBundle(source: string, options: LoadBundleOptions = {}): Promise<Bundle> {
  const cwd = options.cwd ?? process.cwd();
  const spec = gitSpec(source, false);
  if (options.git === true && spec !== undefined) return fromGit(source, cwd);
  const path = resolve(cwd, source);
  const found = await stat(path).catch(() => undefined);
  if (found === undefined) {
    if (options.git === true && gitSpec(source, true) !== undefined) return fromGit(source, cwd);
    throw new UsageError(`No file or folder \`${source}\`.`, 'Pass a bundle file (from `copekit build`) or a curriculum folder (the one with curriculum.yaml).');
  }
  if (found.isDirectory()) {
    const result = await validate({ dir: source, cwd });
    if (result.bundle === undefined) throw new SourceError(humanReport(result, { cwd, color: false }));
    return result.bundle;
  }
  return parseBundle(await readFile(path, 'utf8'), source);
}

async function fromGit(source: string, cwd: string): Promise<Bundle> {
  const content = await readGitSource(gitSpec(source, true)!, cwd);
  if (content.kind === 'file') return parseBundle(content.text, source);
  if (!content.files.some((file) => file.path === 'curriculum.yaml')) {
    throw new UsageError(`\`${source}\` has no curriculum.yaml, so it is not a curriculum folder.`, 'Name the folder that holds curriculum.yaml at that revision, for example `git:v1.0.0:curriculum`.');
  }
  return compileFiles(content.files, source);
}

function compileFiles(files: SourceFile[], source: string): Bundle {
  const { bundle, messages } = compile(files);
  const errors = messages.filter((message) => message.fatal === true);
  if (bundle !== undefined && errors.length === 0) return bundle;
  throw new SourceError(
    [`\`${source}\` does not compile:`, ...errors.map((message) => `  ${message.file ?? ''}:${message.line ?? 0}:${message.column ?? 0} ${message.reason}`)].join('\n'),
  );
}

function parseBundle(text: string, source: string): Bundle {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`\`${source}\` is not JSON (${(error as Error).message}).`, 'Pass a bundle file written by `copekit build`, or a curriculum folder.');
  }
  const problems = schemaErrors(validateBundle, value);
  if (problems.length > 0) {
    const shown = problems.slice(0, 3).map(({ path, message }) => `${path === '' ? 'the bundle' : path} ${message}`);
    throw new UsageError(`\`${source}\` is not a bundle: ${shown.join('; ')}.`, 'Pass a bundle file written by `copekit build`, or a curriculum folder.');
  }
  return value as Bundle;
}
