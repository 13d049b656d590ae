/**
 * Quoting source in messages.
 *
 * @module
 */

/**
 * `value` on one line, whitespace collapsed, cut to `max` characters.
 *
 * @example
 * shorten('a\n  b') // => 'a b'
 */
export function shorten(value: string, max = 40): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
