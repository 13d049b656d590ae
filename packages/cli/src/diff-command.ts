/**
 * `copekit diff`: what changed between two curriculum versions.
 *
 * @module
 */

import { diffBundles, formatDiffMarkdown, formatDiffText } from '@copekit/research';
import type { CliIo } from './io.js';
import { loadBundle } from './load-bundle.js';
import { writeOutput } from './output.js';
import type { ResearchRequest } from './research-args.js';

/** Runs `copekit diff`; resolves to 0 (a difference is a result, not an error). */
export async function diffCommand(request: Extract<ResearchRequest, { command: 'diff' }>, io: CliIo): Promise<number> {
  const before = await loadBundle(request.old, { cwd: io.cwd, git: true });
  const after = await loadBundle(request.new, { cwd: io.cwd, git: true });
  const diff = diffBundles(before, after);
  const text = request.format === 'json' ? JSON.stringify(diff, null, 2) : request.format === 'text' ? formatDiffText(diff) : formatDiffMarkdown(diff);
  await writeOutput(request.out, io, text.replace(/\n$/, ''));
  return 0;
}
