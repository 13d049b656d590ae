/**
 * Opens a records file for the `export` and `report` commands, and prints
 * its bad lines.
 *
 * @module
 */

import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { RecordLineError } from '@copekit/research';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

/** A read stream of the records file `records` (relative to `cwd`). Throws a `UsageError` when it is not a file. */
export async function openRecords(records: string, cwd: string): Promise<ReadStream> {
  const path = resolve(cwd, records);
  const found = await stat(path).catch(() => undefined);
  if (found === undefined || !found.isFile()) {
    throw new UsageError(`No records file \`${records}\`.`, 'Pass the JSONL file your host wrote the engine records to, one record per line.');
  }
  return createReadStream(path);
}

/** Prints each bad line as `file:line: message` on standard error, and a last line when reading stopped early. */
export function printRecordErrors(records: string, errors: readonly RecordLineError[], stopped: boolean, io: CliIo): void {
  for (const { line, message } of errors) io.stderr(`${records}:${line}: ${message}`);
  if (stopped) io.stderr(`copekit: stopped after ${errors.length} bad lines; fix them (or raise --max-errors) and run again.`);
}
