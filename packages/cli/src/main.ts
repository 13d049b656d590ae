/**
 * What the `copekit` command does with its arguments: parse them, run the
 * command, print, and give the exit code.
 *
 * @module
 */

import { parseCommandLine } from './args.js';
import { printResult, runCheck } from './check.js';
import { helpText } from './help.js';
import type { CliIo } from './io.js';
import { runResearch } from './research-command.js';
import { SourceError } from './source-error.js';
import { UsageError } from './usage-error.js';
import { version } from './version.js';
import { watchCommand } from './watch-command.js';

/**
 * Runs `copekit` with the arguments after the command name and resolves to
 * the exit code: 0 no errors (warnings allowed), 1 content errors (a
 * curriculum that does not compile, a failed lockfile check, bad record
 * lines), 2 usage errors. Never touches `process`: everything goes through `io`.
 *
 * @example
 * ```ts
 * import { main } from '@copekit/cli';
 *
 * const exitCode = await main(['validate', 'curriculum'], {
 *   stdout: (text) => console.log(text),
 *   stderr: (text) => console.error(text),
 *   cwd: process.cwd(),
 *   color: false,
 * });
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const request = parseCommandLine(argv);
    if (request.kind === 'help') {
      io.stdout(helpText(request.command));
      return 0;
    }
    if (request.kind === 'version') {
      io.stdout(version);
      return 0;
    }
    if (request.kind === 'research') return await runResearch(request.request, io);
    const { command, options } = request;
    if (options.watch) return await watchCommand(command, options, io);
    const result = await runCheck(command, options, io.cwd);
    printResult(result, options, io);
    return result.exitCode;
  } catch (error) {
    if (error instanceof SourceError) {
      io.stderr(`copekit: ${error.message}`);
      return 1;
    }
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`copekit: ${error.message}\n${error.hint}`);
    return 2;
  }
}
