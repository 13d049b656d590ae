/**
 * Reads a curriculum folder or a bundle file as it was at a git revision,
 * with `git` run directly (no shell), so refs and paths are never interpreted.
 *
 * @module
 */

import { execFile } from 'node:child_process';
import { posix } from 'node:path';
import { promisify } from 'node:util';
import { isCurriculumFile, type SourceFile } from '@copekit/compiler/node';
import { UsageError } from './usage-error.js';

const run = promisify(execFile);

/** What a revision holds at a path: a bundle file's text, or a curriculum folder's files (paths relative to the folder). */
export type GitContent = { kind: 'file'; text: string } | { kind: 'folder'; files: SourceFile[] };

/** A git revision and a path in it, relative to the current folder. */
export interface GitSpec {
  ref: string;
  path: string;
}

/**
 * Parses `git:<ref>`, `git:<ref>:<path>` or (when `detect` is set) `<ref>:<path>`.
 * `git:<ref>` means the `curriculum` folder. Returns `undefined` for anything else.
 *
 * @example
 * ```ts
 * gitSpec('git:v1.0.0'); // => { ref: 'v1.0.0', path: 'curriculum' }
 * gitSpec('HEAD~1:out/bundle.json', true); // => { ref: 'HEAD~1', path: 'out/bundle.json' }
 * ```
 */
export function gitSpec(source: string, detect: boolean): GitSpec | undefined {
  if (source.startsWith('git:')) {
    const rest = source.slice(4);
    const colon = rest.indexOf(':');
    return colon === -1 ? { ref: rest, path: 'curriculum' } : { ref: rest.slice(0, colon), path: rest.slice(colon + 1) || '.' };
  }
  if (!detect || /^[A-Za-z]:[\\/]/.test(source)) return undefined;
  const match = /^([^:]+):(.*)$/.exec(source);
  return match === null ? undefined : { ref: match[1]!, path: match[2] || '.' };
}

/** Reads `spec` from the git repository around `cwd`. Throws a {@link UsageError} when git, the revision or the path is missing. */
export async function readGitSource(spec: GitSpec, cwd: string): Promise<GitContent> {
  if (spec.ref === '' || spec.ref.startsWith('-')) {
    throw new UsageError(`\`${spec.ref}\` is not a git revision.`, 'Write a branch, tag or commit, for example `git:main` or `git:v1.0.0:curriculum`.');
  }
  const prefix = (await git(['rev-parse', '--show-prefix'], cwd, spec)).trim();
  const path = posix.normalize(`${prefix}${spec.path.split('\\').join('/')}`).replace(/\/$/, '');
  const object = `${spec.ref}:${path === '.' ? '' : path}`;
  const type = (await git(['cat-file', '-t', object], cwd, spec)).trim();
  if (type === 'blob') return { kind: 'file', text: await git(['show', object], cwd, spec) };
  const listing = await git(['ls-tree', '-r', '-z', '--name-only', '--full-tree', spec.ref, '--', path === '.' ? '.' : path], cwd, spec);
  const base = path === '.' ? '' : `${path}/`;
  const paths = listing
    .split('\0')
    .filter((name) => name !== '')
    .map((name) => name.slice(base.length))
    .filter(isCurriculumFile)
    .sort();
  const files = await Promise.all(paths.map(async (file) => ({ path: file, value: await git(['show', `${spec.ref}:${base}${file}`], cwd, spec) })));
  return { kind: 'folder', files };
}

async function git(args: string[], cwd: string, spec: GitSpec): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') throw new UsageError('`git` was not found.', 'Install git, or pass bundle files or folders instead of git revisions.');
    const reason = (failure.stderr ?? failure.message).trim().split('\n')[0] ?? '';
    throw new UsageError(`Cannot read \`${spec.path}\` at git revision \`${spec.ref}\`: ${reason}`, 'Check the revision (`git log`) and the path, relative to the current folder.');
  }
}
