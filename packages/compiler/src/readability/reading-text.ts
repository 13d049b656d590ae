/**
 * Prepares the plain text of a step for counting, as a reader meets it:
 * every paragraph, heading and list item a paragraph of its own.
 *
 * @module
 */

const listMarker = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const url = String.raw`\b(?:https?:\/\/|mailto:|tel:)\S*[^\s.,;:!?)]`;
const email = String.raw`[^\s@()<>]+@[\w-]+(?:\.[\w-]+)+`;
// Every scheme has a `:` and every address an `@`: a text without one of them
// cannot match that alternative, so it is left out of the scan. By
// `(has ':' ? 1 : 0) + (has '@' ? 2 : 0)`.
const linkPatterns = [undefined, new RegExp(url, 'gi'), new RegExp(email, 'gi'), new RegExp(`${url}|${email}`, 'gi')] as const;

/**
 * Turns step text (paragraphs separated by blank lines, list items as `- ` or
 * `1. ` lines, as `toPlainText` writes them) into paragraphs separated by a
 * blank line, one per paragraph, heading or list item:
 *
 * - lines wrapped inside a paragraph are joined with a space;
 * - each list item becomes a paragraph of its own, without its marker: the
 *   English parser ends sentences at blank lines but not at single line
 *   breaks, so an item (or heading) without a full stop would otherwise run
 *   into the next one and count as one long sentence;
 * - link targets (`https:`, `mailto:`, `tel:`) and email addresses are
 *   removed: readers do not read them as words.
 *
 * @example
 * ```ts
 * toReadingText('Pacing means\nsmall steps.\n\n- Walk (https://example.org)\n- Rest');
 * // => 'Pacing means small steps.\n\nWalk ()\n\nRest'
 * ```
 */
export function toReadingText(text: string): string {
  const lines: string[] = [];
  let current = '';
  for (const line of withoutLinks(text).split(/\r\n?|\n/)) {
    const marker = listMarker.exec(line);
    if (marker !== null || line.trim() === '') {
      if (current !== '') lines.push(current);
      current = marker === null ? '' : line.slice(marker[0].length).trim();
    } else {
      current = current === '' ? line.trim() : `${current} ${line.trim()}`;
    }
  }
  if (current !== '') lines.push(current);
  return lines.join('\n\n');
}

/** The text without link targets and email addresses. */
export function withoutLinks(text: string): string {
  const links = linkPatterns[(text.includes(':') ? 1 : 0) + (text.includes('@') ? 2 : 0)];
  return links === undefined ? text : text.replaceAll(links, '');
}
