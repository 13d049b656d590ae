/**
 * The error `createProgram` throws when it is called with a bundle or options
 * it cannot run. Each has a stable `code`, so hosts can branch on it.
 *
 * @module
 */

/**
 * Why a program could not be created.
 *
 * @example
 * ```ts
 * const code: ProgramErrorCode = 'invalid-bundle';
 * ```
 */
export type ProgramErrorCode =
  /** The bundle's program cannot run: a missing lesson, a bad measure or a feedback rule that does not check. */
  | 'invalid-bundle'
  /** An option is missing or malformed. */
  | 'invalid-options'
  /** The injected clock returned something other than a finite number. */
  | 'invalid-clock';

/**
 * A misuse of the program API, with a stable `code` and a message that says how to fix it.
 *
 * @example
 * ```ts
 * try {
 *   createProgram(bundle, { participant: 'p-1', mode: 'guided', timeZone: 'Mars/Base' });
 * } catch (error) {
 *   if (error instanceof ProgramError && error.code === 'invalid-options') console.error(error.message);
 * }
 * ```
 */
export class ProgramError extends Error {
  override readonly name = 'ProgramError';
  /** Stable machine-readable reason. */
  readonly code: ProgramErrorCode;

  constructor(code: ProgramErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
