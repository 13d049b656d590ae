/**
 * The report for programs (`--format json`).
 *
 * @module
 */

import { serializeMessage, type SerializedMessage } from '@copekit/compiler';
import type { CheckResult } from './api.js';
import { displayPath } from './display-path.js';
import { summarize, type Summary } from './summary.js';

/** What `--format json` prints. */
export interface JsonReport {
  /** Every message (see `serializeMessage`), `file` relative to the current directory. */
  messages: SerializedMessage[];
  summary: Summary;
  /** The bundle file written by `build`, relative to the current directory. */
  out?: string;
}

/**
 * The JSON report of a check.
 *
 * @example
 * ```ts
 * console.log(JSON.stringify(jsonReport(await validate(), process.cwd())));
 * // {"messages":[],"summary":{"errors":0,"warnings":0,"lessons":14}}
 * ```
 */
export function jsonReport(result: CheckResult, cwd: string): JsonReport {
  const report: JsonReport = {
    messages: result.messages.map((message) => ({ ...serializeMessage(message), file: displayPath(cwd, result.dir, message.file ?? '') })),
    summary: summarize(result),
  };
  if (result.out !== undefined) report.out = displayPath(cwd, result.out);
  return report;
}
