/**
 * Reads engine records from JSONL, validating every line against
 * `schemas/record.schema.json` (or, when asked, a program record's line
 * against `schemas/program-record.schema.json`) and collecting the bad lines.
 *
 * @module
 */

import { schemaErrors, validateProgramRecord, validateRecord, type ProgramRecord, type SessionRecord } from '@copekit/schema';
import { MAX_LINE_LENGTH, readLines } from './read-lines.js';
import type { TextSource } from './record-source.js';

/** A bad line of a records file. */
export interface RecordLineError {
  /** Line number, from 1. */
  line: number;
  /** What is wrong, with the JSON Pointer of each bad field, e.g. `/payload/item is required`. */
  message: string;
}

/** A valid record and the line it was read from. */
export interface NumberedRecord<R = SessionRecord> {
  line: number;
  record: R;
}

/** Options of {@link readRecords}. */
export interface ReadRecordsOptions {
  /** Stop reading after this many bad lines (default 20). */
  maxErrors?: number;
  /** Longest line accepted, in characters (default 16 MiB). */
  maxLineLength?: number;
  /**
   * Also read program records (`@copekit/program`): a line with a
   * `programVersion` field is validated as one. Default `false`: every line
   * must be an engine record.
   */
  programRecords?: boolean;
}

/**
 * The valid records of a JSONL input, in order, one per line. Blank lines are
 * skipped. Bad lines (not JSON, or not a record by the schema) are left out
 * and listed in `errors`; after `maxErrors` of them reading stops and
 * `stopped` is `true`. Read `errors`, `lines` and `stopped` after iterating.
 */
export interface RecordStream<R = SessionRecord> extends AsyncIterable<NumberedRecord<R>> {
  /** The bad lines seen so far, in order. */
  readonly errors: RecordLineError[];
  /** Lines read so far (blank ones included). */
  readonly lines: number;
  /** Whether reading stopped early because `maxErrors` bad lines were found. */
  readonly stopped: boolean;
  /** Adds a bad line found by the consumer (for example a record of another bundle); counts toward `maxErrors`. */
  reject(error: RecordLineError): void;
}

/**
 * Reads and validates engine records (and, with `programRecords`, program
 * records), line by line, holding one line at a time.
 *
 * @example
 * ```ts
 * import { readRecords } from '@copekit/research';
 * // createReadStream comes from node:fs; any async iterable of text chunks works.
 *
 * const records = readRecords(createReadStream('records.jsonl'));
 * for await (const { line, record } of records) console.log(line, record.type);
 * for (const { line, message } of records.errors) console.error(`records.jsonl:${line}: ${message}`);
 * ```
 */
export function readRecords(source: TextSource, options?: ReadRecordsOptions & { programRecords?: false }): RecordStream;
export function readRecords(source: TextSource, options: ReadRecordsOptions & { programRecords: true }): RecordStream<SessionRecord | ProgramRecord>;
export function readRecords(source: TextSource, options: ReadRecordsOptions = {}): RecordStream<SessionRecord | ProgramRecord> {
  const maxErrors = options.maxErrors ?? 20;
  const errors: RecordLineError[] = [];
  let lines = 0;
  const full = () => errors.length >= maxErrors;
  return {
    errors,
    get lines() {
      return lines;
    },
    get stopped() {
      return full();
    },
    reject(error) {
      if (!full()) errors.push(error);
    },
    async *[Symbol.asyncIterator]() {
      for await (const { line, text } of readLines(source, options.maxLineLength ?? MAX_LINE_LENGTH)) {
        if (full()) return;
        lines = line;
        if (text === null) {
          errors.push({ line, message: `is longer than ${options.maxLineLength ?? MAX_LINE_LENGTH} characters; each line must be one record.` });
          continue;
        }
        if (text.trim() === '') continue;
        const parsed = parseLine(text);
        if ('error' in parsed) {
          errors.push({ line, message: parsed.error });
          continue;
        }
        const program = options.programRecords === true && isProgramLine(parsed.value);
        const problems = program ? schemaErrors(validateProgramRecord, parsed.value) : schemaErrors(validateRecord, parsed.value);
        if (problems.length > 0) {
          const kind = program ? 'program record' : 'record';
          errors.push({ line, message: `is not a valid ${kind}: ${problems.map(({ path, message }) => `${path === '' ? 'the record' : path} ${message}`).join('; ')}` });
          continue;
        }
        yield { line, record: parsed.value as SessionRecord | ProgramRecord };
      }
    },
  };
}

/** Program records name the program version they were written with; engine records do not. */
function isProgramLine(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'programVersion' in value;
}

function parseLine(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: `is not JSON (${(error as Error).message}); each line must be one record written as JSON.` };
  }
}
