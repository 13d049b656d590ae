/**
 * The error for a command line or API call that cannot run as given.
 *
 * @module
 */

/**
 * A usage error: an unknown command or option, a bad option value, a missing
 * `--out`, or a folder that holds no curriculum. The CLI prints `message` and
 * `hint` and exits with code 2; the API throws it.
 *
 * @example
 * ```ts
 * import { UsageError, validate } from '@copekit/cli';
 *
 * try {
 *   await validate({ dir: 'lessons' });
 * } catch (error) {
 *   if (error instanceof UsageError) console.error(`${error.message}\n${error.hint}`);
 * }
 * ```
 */
export class UsageError extends Error {
  /** Stable code, for callers that cannot use `instanceof`. */
  readonly code = 'COPEKIT_USAGE';
  /** How to fix it. */
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}
