/**
 * Counts and the one-line summary printed after every check.
 *
 * @module
 */

import type { CheckResult } from './api.js';

/** Numbers of errors, warnings and lessons of a check. */
export interface Summary {
  errors: number;
  warnings: number;
  lessons: number;
}

/** The counts of a check. */
export function summarize(result: CheckResult): Summary {
  const errors = result.messages.filter((message) => message.fatal === true).length;
  return { errors, warnings: result.messages.length - errors, lessons: result.lessons };
}

/**
 * `✖ 2 errors, 1 warning` when there are errors, else `✓ 14 lessons, 0 warnings`.
 * With `color`, the mark is red or green.
 */
export function summaryLine(summary: Summary, color: boolean): string {
  if (summary.errors > 0) return `${paint('✖', 31, color)} ${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}`;
  return `${paint('✓', 32, color)} ${count(summary.lessons, 'lesson')}, ${count(summary.warnings, 'warning')}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function paint(text: string, code: number, color: boolean): string {
  return color ? `\u001B[${code}m${text}\u001B[39m` : text;
}
