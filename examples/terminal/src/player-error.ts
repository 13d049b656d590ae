/**
 * Errors the player reports to the user (bad options, a bad script, a
 * missing bundle): a message that says what is wrong and how to fix it.
 *
 * @module
 */

/** What went wrong. */
export type PlayerErrorCode = 'bad-option' | 'bad-bundle' | 'bad-script' | 'script-ended' | 'no-terminal';

/** An error shown to the user as its message; the player exits with code 1. */
export class PlayerError extends Error {
  override readonly name = 'PlayerError';
  readonly code: PlayerErrorCode;

  constructor(code: PlayerErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
