/**
 * The error for an input that is of the right kind but cannot be used.
 *
 * @module
 */

/**
 * A source (a curriculum folder, or one at a git revision) that does not
 * compile. The CLI prints `message` (the compiler's report) and exits with
 * code 1; the API throws it.
 *
 * @example
 * ```ts
 * import { SourceError, loadBundle } from '@copekit/cli';
 *
 * try {
 *   await loadBundle('curriculum');
 * } catch (error) {
 *   if (error instanceof SourceError) console.error(error.message);
 * }
 * ```
 */
export class SourceError extends Error {
  /** Stable code, for callers that cannot use `instanceof`. */
  readonly code = 'COPEKIT_SOURCE';

  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}
