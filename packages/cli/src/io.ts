/**
 * Everything the CLI needs from its process, passed in so that `main` can run
 * in tests and other hosts.
 *
 * @module
 */

/** The process around {@link main}. */
export interface CliIo {
  /** Writes text and a newline to standard output. */
  stdout(text: string): void;
  /**
   * Writes text to standard output as is, with no newline added, for
   * streamed output (`copekit export`). Return a promise to make the writer
   * wait until the output has room. Without it, chunks (which always end with
   * a newline) go through `stdout` with that newline dropped.
   */
  write?(chunk: string): void | Promise<void>;
  /** Writes text and a newline to standard error. */
  stderr(text: string): void;
  /** Folder that relative paths are resolved against and printed relative to. */
  cwd: string;
  /** Whether to colour the human report. */
  color: boolean;
  /**
   * Calls `stop` when the user interrupts (Ctrl+C); ends `--watch`. Returns a
   * function that stops listening. Without it, `--watch` runs until the
   * process is killed.
   */
  onInterrupt?(stop: () => void): () => void;
}
