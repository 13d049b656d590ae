/**
 * Greedy word wrapping for SVG text, which does not wrap by itself.
 *
 * @module
 */

/**
 * Wraps text into lines of at most `width` characters, breaking long words,
 * and keeps at most `maxLines` lines (the last one ends with `…` when cut).
 *
 * @example
 * ```ts
 * wrapText('Try a short break today', 10, 2); // => ['Try a', 'short…']
 * ```
 */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    let rest = word;
    while (rest.length > width) {
      if (line !== '') lines.push(line);
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
      line = '';
    }
    if (line === '') line = rest;
    else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}
