/**
 * The report for people: vfile-reporter's layout (a line per file, then
 * `line:column  severity  reason  rule-id  source` per message, fix hints
 * as notes) and a summary line.
 *
 * @module
 */

import { reporter } from 'vfile-reporter';
import type { CheckResult } from './api.js';
import { displayPath } from './display-path.js';
import { summarize, summaryLine } from './summary.js';

/** Options of {@link humanReport}. */
export interface HumanReportOptions {
  /** Folder that printed paths are relative to. */
  cwd: string;
  /** Whether to use ANSI colours. */
  color: boolean;
}

type ReportedFile = Extract<Parameters<typeof reporter>[0], readonly unknown[]>[number];
type Message = CheckResult['messages'][number];

/**
 * The messages of a check, grouped by file (paths relative to `cwd`), and a
 * summary line; for a build, whether and where the bundle was written.
 *
 * @example
 * ```ts
 * console.log(humanReport(await validate(), { cwd: process.cwd(), color: false }));
 * // curriculum/pacing/pacing-basics.mdx
 * //   12:1-12:8  error  Unknown component `<Ratng>`  unknown-component  copekit
 * //   [note]:
 * //     Did you mean `<Rating>`?
 * //
 * // ✖ 1 error, 0 warnings
 * ```
 */
export function humanReport(result: CheckResult, options: HumanReportOptions): string {
  const summary = summaryLine(summarize(result), options.color);
  const written = result.out === undefined ? '' : `; wrote ${displayPath(options.cwd, result.out)}`;
  if (result.messages.length === 0) return `${summary}${written}`;
  const files = groupByFile(result.messages).map(([file, messages]) => reportedFile(displayPath(options.cwd, result.dir, file), messages));
  const rows = reporter(files, { color: options.color, verbose: true });
  // vfile-reporter ends with a blank line and its own count; ours replaces it.
  return `${rows.slice(0, rows.lastIndexOf('\n\n'))}\n\n${summary}${written}`;
}

function groupByFile(messages: readonly Message[]): [string, Message[]][] {
  const groups = new Map<string, Message[]>();
  for (const message of messages) {
    const file = message.file ?? '';
    groups.set(file, [...(groups.get(file) ?? []), message]);
  }
  return [...groups];
}

/** The fields of a VFile that vfile-reporter reads. */
function reportedFile(path: string, messages: Message[]): ReportedFile {
  return { path, history: [path], messages, stored: false } as unknown as ReportedFile;
}
