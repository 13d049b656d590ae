/**
 * `copekit report`: adherence and dose per participant and overall.
 *
 * @module
 */

import { adherenceReport, formatAdherenceText, readRecords, type RecordStream } from '@copekit/research';
import type { ProgramRecord, SessionRecord } from '@copekit/schema';
import type { CliIo } from './io.js';
import { loadBundle } from './load-bundle.js';
import { writeOutput } from './output.js';
import { openRecords, printRecordErrors } from './records-input.js';
import type { ResearchRequest } from './research-args.js';

/** Runs `copekit report`; resolves to 0, or 1 (and writes no report) when the records have bad lines. */
export async function reportCommand(request: Extract<ResearchRequest, { command: 'report' }>, io: CliIo): Promise<number> {
  const bundle = await loadBundle(request.bundle, { cwd: io.cwd });
  const input = await openRecords(request.records, io.cwd);
  try {
    const stream = readRecords(input, { maxErrors: request.maxErrors, programRecords: true });
    const report = await adherenceReport(recordsOf(stream), bundle);
    if (stream.errors.length > 0) {
      printRecordErrors(request.records, stream.errors, stream.stopped, io);
      io.stderr(`✖ ${stream.errors.length} bad ${stream.errors.length === 1 ? 'line' : 'lines'}; no report written, as it would leave those records out.`);
      return 1;
    }
    await writeOutput(request.out, io, request.format === 'json' ? JSON.stringify(report, null, 2) : formatAdherenceText(report));
    return 0;
  } finally {
    input.destroy();
  }
}

async function* recordsOf(stream: RecordStream<SessionRecord | ProgramRecord>) {
  for await (const { record } of stream) yield record;
}
