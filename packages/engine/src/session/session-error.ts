/**
 * The error `createSession` throws when it is called with a bundle or options
 * it cannot run. Each has a stable `code`, so hosts can branch on it.
 *
 * @module
 */

/**
 * Why a session could not be created.
 *
 * @example
 * ```ts
 * const code: SessionErrorCode = 'unknown-lesson';
 * ```
 */
export type SessionErrorCode =
  /** `options.lesson` names no lesson of the bundle. */
  | 'unknown-lesson'
  /** The bundle lacks something the engine needs (a safety lesson, an instrument definition, …). */
  | 'invalid-bundle'
  /** An option is missing or malformed. */
  | 'invalid-options'
  /** The injected clock returned something other than a finite number. */
  | 'invalid-clock'
  /** The bundle is not the content `options.pin` names (the message names the lessons that differ). */
  | 'pin-mismatch';

/**
 * A misuse of the engine API, with a stable `code` and a message that says how to fix it.
 *
 * @example
 * ```ts
 * try {
 *   createSession(bundle, { lesson: 'nope', mode: 'guided', participant: 'p1' });
 * } catch (error) {
 *   if (error instanceof SessionError && error.code === 'unknown-lesson') showLessonPicker();
 * }
 * ```
 */
export class SessionError extends Error {
  override readonly name = 'SessionError';
  /** Stable machine-readable reason. */
  readonly code: SessionErrorCode;

  constructor(code: SessionErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
