/**
 * Streams engine records (JSONL) into the answer export, CSV or JSONL.
 *
 * @module
 */

import type { Bundle } from '@copekit/schema';
import { readRecords, type RecordLineError } from '../records/read-records.js';
import type { TextSource } from '../records/record-source.js';
import { AnswerTable } from './answer-table.js';
import type { ExportRow } from './export-row.js';
import { formatHeader, formatRow, type ExportFormat } from './row-format.js';

/** Options of {@link exportRecords}. */
export interface ExportRecordsOptions {
  /** The bundle (or bundles, for a trial that used several versions) the records were written with. */
  bundle: Bundle | readonly Bundle[];
  /** `csv` (default) or `jsonl`. */
  format?: ExportFormat;
  /**
   * Receives the output in chunks of whole lines. Return a promise to slow
   * the export down until the output has room (backpressure).
   */
  write: (chunk: string) => void | Promise<void>;
  /** Stop after this many bad lines (default 20). */
  maxErrors?: number;
}

/** What an export did. */
export interface ExportSummary {
  /** Rows written (one per answer event). */
  rows: number;
  /** Valid records read. */
  records: number;
  /** Lines read. */
  lines: number;
  /** Bad lines, in order: not JSON, not a record, or a record of another bundle. They are left out of the output. */
  errors: RecordLineError[];
  /** Whether the export stopped early because `maxErrors` bad lines were found; the output is then incomplete. */
  stopped: boolean;
}

/** Size of the text gathered before one `write` call. */
const chunkSize = 64 * 1024;

/**
 * Reads engine records (one JSON record per line, `schemas/record.schema.json`)
 * and writes a tidy long table with one row per answer event: participant,
 * time, curriculum version, bundle and lesson hashes, step, item, value,
 * whether it is the final answer, instrument score and band, and delivery
 * mode. Every line is validated; bad lines are skipped and listed in the
 * summary with their line numbers. Memory stays flat however long the input:
 * only the sessions still open are held.
 *
 * @example
 * ```ts
 * import { exportRecords } from '@copekit/research';
 * // createReadStream comes from node:fs; any async iterable of text chunks works.
 *
 * const summary = await exportRecords(createReadStream('records.jsonl'), {
 *   bundle,
 *   format: 'csv',
 *   write: (chunk) => void process.stdout.write(chunk),
 * });
 * for (const { line, message } of summary.errors) console.error(`records.jsonl:${line}: ${message}`);
 * ```
 */
export async function exportRecords(source: TextSource, options: ExportRecordsOptions): Promise<ExportSummary> {
  const format = options.format ?? 'csv';
  const bundles: readonly Bundle[] = Array.isArray(options.bundle) ? options.bundle : [options.bundle as Bundle];
  const stream = readRecords(source, options.maxErrors === undefined ? {} : { maxErrors: options.maxErrors });
  const table = new AnswerTable(bundles);
  let buffer = formatHeader(format);
  let rows = 0;
  let records = 0;
  const take = async (batch: readonly ExportRow[]) => {
    for (const row of batch) buffer += formatRow(row, format);
    rows += batch.length;
    if (buffer.length >= chunkSize) {
      const chunk = buffer;
      buffer = '';
      await options.write(chunk);
    }
  };
  for await (const { line, record } of stream) {
    const result = table.add(record);
    if (typeof result === 'string') {
      stream.reject({ line, message: result });
      continue;
    }
    records += 1;
    if (result.length > 0) await take(result);
  }
  await take(table.finish());
  if (buffer !== '') await options.write(buffer);
  return { rows, records, lines: stream.lines, errors: stream.errors, stopped: stream.stopped };
}
