/**
 * Small reads of the source around a parse error: the `<` or `{` that opened
 * the construct the parser choked on, a short excerpt to quote, a tag name.
 *
 * @module
 */

/**
 * Offset of the last `char` before `from` that is not escaped with a
 * backslash, or `undefined`.
 *
 * @example
 * findOpener('a \\< b <c.', 9, '<') // => 7
 */
export function findOpener(text: string, from: number, char: '<' | '{' | '"' | "'"): number | undefined {
  let index = text.lastIndexOf(char, from - 1);
  while (index !== -1 && isEscaped(text, index)) index = text.lastIndexOf(char, index - 1);
  return index === -1 ? undefined : index;
}

/**
 * Offset of the start of the last line at or before `from` that begins with
 * `import` or `export`, or `undefined`.
 *
 * @example
 * findEsmStart('a\n\nexport const\n  x = 1', 20) // => 3
 */
export function findEsmStart(text: string, from: number): number | undefined {
  let start = text.lastIndexOf('\n', from - 1) + 1;
  for (;;) {
    if (text.startsWith('import', start) || text.startsWith('export', start)) return start;
    if (start === 0) return undefined;
    start = start < 2 ? 0 : text.lastIndexOf('\n', start - 2) + 1;
  }
}

/**
 * The text from `start` to `end` (default: the end of the line), on one line,
 * shortened to `max` characters, for quoting in a message.
 *
 * @example
 * excerpt('The score <mild.\nNext', 10) // => '<mild.'
 */
export function excerpt(text: string, start: number, end = text.length, max = 30): string {
  let value = text.slice(start, end);
  const lineEnd = value.search(/[\r\n]/);
  if (lineEnd !== -1) value = value.slice(0, lineEnd);
  value = value.trimEnd();
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/**
 * The text from `start` up to and including the first `stop` on the same line
 * (or the end of the line), for quoting a `<tag>` or a `{…}`.
 *
 * @example
 * excerptThrough('a {b c} d', 2, '}') // => '{b c}'
 */
export function excerptThrough(text: string, start: number, stop: '>' | '}'): string {
  const index = text.indexOf(stop, start);
  return excerpt(text, start, index === -1 ? undefined : index + 1);
}

/**
 * The name of the tag whose `<` is at `offset` (`Step`, `svg:rect`, `/Step`
 * for a closing tag), or `''`.
 *
 * @example
 * tagNameAt('a <Step id="x">', 2) // => 'Step'
 */
export function tagNameAt(text: string, offset: number): string {
  const match = /^<(\/?[\p{L}\p{N}_$.:-]*)/u.exec(text.slice(offset, offset + 60));
  return match?.[1] ?? '';
}

/** Whether the character at `index` is preceded by an odd number of backslashes. */
function isEscaped(text: string, index: number): boolean {
  let count = 0;
  while (text.charCodeAt(index - 1 - count) === 92) count++;
  return count % 2 === 1;
}
