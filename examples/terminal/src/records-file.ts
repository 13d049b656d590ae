/**
 * The session records, appended to a JSON Lines file as they are written.
 *
 * @module
 */

import type { SessionRecord } from '@copekit/engine';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** An open records file. */
export interface RecordsFile {
  readonly path: string;
  /** Appends one record as a line of JSON. */
  append(record: SessionRecord): void;
}

/**
 * Creates (or empties) the file at `path`, making its folder, and appends to
 * it synchronously, so the log is complete even if the process is stopped.
 *
 * @example
 * ```ts
 * const file = openRecordsFile('out/records/s1.jsonl');
 * session.onRecord((record) => file.append(record));
 * ```
 */
export function openRecordsFile(path: string): RecordsFile {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, '');
  return {
    path,
    append(record) {
      appendFileSync(path, `${JSON.stringify(record)}\n`);
    },
  };
}
