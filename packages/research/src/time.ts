/**
 * Time offsets as authors write them.
 *
 * @module
 */

/**
 * Formats seconds as `m:ss`, the form of `<Cue at>`.
 *
 * @example
 * ```ts
 * formatTime(75); // => "1:15"
 * ```
 */
export function formatTime(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
