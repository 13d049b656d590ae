/**
 * Runs one check for a command and prints its result.
 *
 * @module
 */

import type { CompileCache } from '@copekit/compiler';
import { build, validate, type CheckResult } from './api.js';
import type { CommandOptions } from './args.js';
import { humanReport } from './human-report.js';
import type { CliIo } from './io.js';
import { jsonReport } from './json-report.js';
import type { CheckCommandName } from './options.js';

/** Runs `validate` or `build` with the options of the command line, paths resolved against `cwd`. */
export function runCheck(command: CheckCommandName, options: CommandOptions, cwd: string, cache?: CompileCache): Promise<CheckResult> {
  const settings = {
    dir: options.dir,
    cwd,
    cache: cache ?? options.cache,
    ...(options.maxGrade === undefined ? {} : { maxGrade: options.maxGrade }),
  };
  if (command === 'validate') return validate(settings);
  return build({ ...settings, ...(options.out === undefined ? {} : { out: options.out }) });
}

/** Extra fields of a report printed in watch mode. */
export interface PrintExtras {
  /** Changed files that led to this check (watch mode). */
  changed?: string[];
  /** How long the check took (watch mode). */
  durationMs?: number;
}

/**
 * Prints a result in the chosen format: a human report, or JSON (indented;
 * one line per check in watch mode, when `extras` are given).
 */
export function printResult(result: CheckResult, options: CommandOptions, io: CliIo, extras?: PrintExtras): void {
  if (options.format === 'json') {
    const report = { ...jsonReport(result, io.cwd), ...extras };
    io.stdout(extras === undefined ? JSON.stringify(report, null, 2) : JSON.stringify(report));
  } else {
    const timing = extras?.durationMs === undefined ? '' : ` (${Math.round(extras.durationMs)} ms)`;
    io.stdout(`${humanReport(result, io)}${timing}`);
  }
  if (result.cacheError !== undefined) io.stderr(`copekit: could not save the cache (${result.cacheError.message}); the next run parses every file again.`);
}
