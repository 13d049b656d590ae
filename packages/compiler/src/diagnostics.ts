/**
 * Positioned compiler messages. Every problem the compiler finds is a
 * `VFileMessage` with `source: 'copekit'`, a `ruleId`, a `place` in the whole
 * file (front matter included), a severity and a fix hint in `note`.
 *
 * @module
 */

import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Point, Position } from 'unist';
import type { RuleId } from './rules.js';

/** Where a problem is: a point, a range, or nothing for file-level problems. */
export type Place = Point | Position | undefined;

/** What to report. */
export interface Problem {
  /** Rule that found the problem. */
  ruleId: RuleId;
  /** What is wrong, for an author. */
  reason: string;
  /** Where, relative to the whole file (1-based line and column). */
  place?: Place;
  /** How to fix it. Shown after the reason. */
  fix?: string;
  /** Defaults to `error`. */
  severity?: 'error' | 'warning';
}

/** The `source` of every Copekit message. */
export const messageSource = 'copekit';

/**
 * Records a problem on a file.
 *
 * Errors have `fatal: true`, warnings `fatal: false`, as in vfile. The fix hint
 * is kept in `note` (vfile-reporter prints it in verbose mode).
 */
export function report(file: VFile, problem: Problem): VFileMessage {
  const message = file.message(problem.reason, {
    place: problem.place,
    ruleId: problem.ruleId,
    source: messageSource,
  });
  message.fatal = (problem.severity ?? 'error') === 'error';
  if (problem.fix !== undefined) message.note = problem.fix;
  return message;
}

/** Whether any message of the list is an error. */
export function hasErrors(messages: readonly VFileMessage[]): boolean {
  return messages.some((message) => message.fatal === true);
}
