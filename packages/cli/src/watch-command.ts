/**
 * `--watch`: check once, then again whenever a source file changes, reusing
 * unchanged files' results from a memory cache.
 *
 * @module
 */

import { createMemoryCache } from '@copekit/compiler';
import { watchCurriculum } from '@copekit/compiler/node';
import type { CommandOptions } from './args.js';
import { printResult, runCheck } from './check.js';
import { displayPath } from './display-path.js';
import type { CliIo } from './io.js';
import type { CheckCommandName } from './options.js';
import { UsageError } from './usage-error.js';

/**
 * Runs a command in watch mode until `io.onInterrupt` fires or watching
 * fails. Resolves to the exit code of the last check (2 if watching failed).
 * Usage errors before the first check reject; later ones (such as a deleted
 * curriculum.yaml) are printed and watching goes on.
 */
export async function watchCommand(command: CheckCommandName, options: CommandOptions, io: CliIo): Promise<number> {
  const cache = options.cache ? createMemoryCache() : undefined;
  const check = async (changed?: string[]) => {
    const started = performance.now();
    const result = await runCheck(command, options, io.cwd, cache);
    const durationMs = performance.now() - started;
    if (changed !== undefined && options.format === 'human') {
      io.stdout(`\n↻ ${changed.map((path) => displayPath(io.cwd, result.dir, path)).join(', ')}`);
    }
    printResult(result, options, io, { ...(changed === undefined ? {} : { changed }), durationMs });
    return result;
  };

  const first = await check();
  let exitCode: number = first.exitCode;
  io.stderr(`Watching ${displayPath(io.cwd, first.dir)} for changes. Press Ctrl+C to stop.`);

  return new Promise((resolve) => {
    const stop = (code: number) => {
      watcher.close();
      unsubscribe?.();
      resolve(code);
    };
    const watcher = watchCurriculum(
      first.dir,
      async (changed) => {
        try {
          exitCode = (await check(changed)).exitCode;
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          io.stderr(`copekit: ${error.message}\n${error.hint}`);
          exitCode = 2;
        }
      },
      {
        onError(error) {
          io.stderr(`copekit: stopped watching: ${error.message}`);
          stop(2);
        },
      },
    );
    const unsubscribe = io.onInterrupt?.(() => stop(exitCode));
  });
}
