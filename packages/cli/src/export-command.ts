/**
 * `copekit export`: every answer of engine records as a long table.
 *
 * @module
 */

import { exportRecords } from '@copekit/research';
import type { CliIo } from './io.js';
import { loadBundle } from './load-bundle.js';
import { openOutput } from './output.js';
import { openRecords, printRecordErrors } from './records-input.js';
import type { ResearchRequest } from './research-args.js';

/** Runs `copekit export`, streaming; resolves to 0, or 1 when the records have bad lines. */
export async function exportCommand(request: Extract<ResearchRequest, { command: 'export' }>, io: CliIo): Promise<number> {
  const bundle = await loadBundle(request.bundle, { cwd: io.cwd });
  const input = await openRecords(request.records, io.cwd);
  const output = await openOutput(request.out, io);
  try {
    const summary = await exportRecords(input, { bundle, format: request.format, write: output.write, maxErrors: request.maxErrors });
    await output.close();
    printRecordErrors(request.records, summary.errors, summary.stopped, io);
    const mark = summary.errors.length === 0 ? '✓' : '✖';
    const bad = summary.errors.length === 0 ? '' : `; ${summary.errors.length} bad ${summary.errors.length === 1 ? 'line' : 'lines'} left out`;
    io.stderr(`${mark} ${summary.rows} answer rows from ${summary.records} records${bad}${request.out === undefined ? '' : `; wrote ${request.out}`}`);
    return summary.errors.length === 0 ? 0 : 1;
  } finally {
    input.destroy();
  }
}
