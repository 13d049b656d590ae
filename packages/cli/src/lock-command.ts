/**
 * `copekit lock`: writes the lockfile of a curriculum version, or checks a
 * curriculum against it (`--check`).
 *
 * @module
 */

import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ENGINE_VERSION } from '@copekit/engine';
import { createLock, parseLock, serializeLock, verifyLock } from '@copekit/research';
import type { CliIo } from './io.js';
import { loadBundle } from './load-bundle.js';
import type { ResearchRequest } from './research-args.js';
import { SourceError } from './source-error.js';
import { UsageError } from './usage-error.js';

/** Runs `copekit lock`; resolves to 0, or 1 when `--check` finds a difference. */
export async function lockCommand(request: Extract<ResearchRequest, { command: 'lock' }>, io: CliIo): Promise<number> {
  const bundle = await loadBundle(request.source, { cwd: io.cwd });
  const path = resolve(io.cwd, request.out);
  const { id, version } = bundle.curriculum;
  const lessons = `${bundle.lessons.length} lessons`;
  if (!request.check) {
    await writeFile(path, serializeLock(createLock(bundle, { engineVersion: ENGINE_VERSION })));
    io.stdout(`✓ Locked ${id} ${version} (${lessons}, ${bundle.hash}) in ${request.out}`);
    return 0;
  }
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) throw new UsageError(`No lockfile \`${request.out}\`.`, 'Write it first with `copekit lock`, or name it with `--out <file>`.');
  let lock;
  try {
    lock = parseLock(text);
  } catch (error) {
    throw new SourceError((error as Error).message);
  }
  const result = verifyLock(lock, bundle, { engineVersion: ENGINE_VERSION });
  if (!result.ok) {
    io.stdout(result.message);
    return 1;
  }
  io.stdout(`✓ ${request.source} matches ${request.out} (${id} ${version}, ${lessons})`);
  return 0;
}
