/**
 * A {@link CliIo} that records what the CLI prints, for tests.
 *
 * @module
 */

import type { CliIo } from './io.js';

/** A recording io: `stdout` and `stderr` hold what was printed, `interrupt()` plays Ctrl+C. */
export interface TestIo extends CliIo {
  /** Everything printed to standard output, one entry per call. */
  out: string[];
  /** Everything printed to standard error, one entry per call. */
  err: string[];
  /** Interrupts a running `--watch`. */
  interrupt(): void;
}

/** Creates a recording io whose current directory is `cwd`. */
export function createTestIo(cwd: string): TestIo {
  const out: string[] = [];
  const err: string[] = [];
  let stop: (() => void) | undefined;
  return {
    out,
    err,
    cwd,
    color: false,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    onInterrupt(callback) {
      stop = callback;
      return () => {
        stop = undefined;
      };
    },
    interrupt: () => stop?.(),
  };
}
