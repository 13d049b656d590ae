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
