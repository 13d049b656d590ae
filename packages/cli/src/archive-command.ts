/**
 * `copekit archive`: the static HTML archive of a curriculum version.
 *
 * @module
 */

import { resolve } from 'node:path';
import { writeArchive } from '@copekit/research/node';
import type { CliIo } from './io.js';
import { loadBundle } from './load-bundle.js';
import type { ResearchRequest } from './research-args.js';

/** Runs `copekit archive`; resolves to 0. */
export async function archiveCommand(request: Extract<ResearchRequest, { command: 'archive' }>, io: CliIo): Promise<number> {
  const bundle = await loadBundle(request.source, { cwd: io.cwd });
  const written = await writeArchive(bundle, resolve(io.cwd, request.out));
  io.stdout(`✓ Archived ${bundle.curriculum.id} ${bundle.curriculum.version} (${bundle.lessons.length} lessons, ${written.length} files) in ${request.out}`);
  return 0;
}
