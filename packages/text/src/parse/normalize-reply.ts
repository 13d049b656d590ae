/**
 * Normalizes a typed reply before it is matched: case, spacing and trailing
 * punctuation do not matter.
 *
 * @module
 */

/**
 * The reply in lower case, trimmed, with runs of spaces made one and trailing
 * `.`, `!` or `)` removed (so `Yes!`, ` yes ` and `1)` match `yes` and `1`).
 *
 * @example
 * ```ts
 * normalizeReply('  Yes, please!  '); // => 'yes, please'
 * ```
 */
export function normalizeReply(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!)]+$/, '')
    .trim();
}
