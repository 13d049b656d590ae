/**
 * Hides the front matter from the MDX parser without moving anything: every
 * character of the block becomes a space, line endings stay, so offsets, lines
 * and columns in the tree are those of the whole file.
 *
 * @module
 */

/**
 * `text` with its first `end` characters blanked, line endings kept.
 *
 * @example
 * blankPrefix('---\nid: a\n---\nHi', 13) // => '   \n     \n   \nHi'
 */
export function blankPrefix(text: string, end: number): string {
  if (end === 0) return text;
  return text.slice(0, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}
