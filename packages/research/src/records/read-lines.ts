/**
 * Splits text chunks into numbered lines without holding more than one line.
 *
 * @module
 */

import type { TextSource } from './record-source.js';

/** One line of the input, numbered from 1; `text` is `null` when the line was longer than the limit. */
export interface NumberedLine {
  line: number;
  text: string | null;
}

/** The longest line kept by default, in characters (16 MiB): far above any record, far below the memory of a machine. */
export const MAX_LINE_LENGTH = 16 * 1024 * 1024;

/**
 * The lines of `source`, split at `\n` (a `\r` before it is dropped, and so is
 * a byte order mark at the start). A last line without a newline is kept. A
 * line longer than `maxLength` is dropped as it streams and given as
 * `text: null`, so memory stays bounded whatever the input.
 */
export async function* readLines(source: TextSource, maxLength = MAX_LINE_LENGTH): AsyncGenerator<NumberedLine> {
  const decoder = new TextDecoder();
  let pending = '';
  let tooLong = false;
  let line = 0;
  const take = (text: string): NumberedLine => {
    line += 1;
    const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text;
    const result = { line, text: tooLong || trimmed.length > maxLength ? null : line === 1 ? trimmed.replace(/^\uFEFF/, '') : trimmed };
    tooLong = false;
    return result;
  };
  for await (const chunk of source) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
      yield take(pending.slice(start, end));
      start = end + 1;
    }
    pending = pending.slice(start);
    if (pending.length > maxLength) {
      tooLong = true;
      pending = '';
    }
  }
  pending += decoder.decode();
  if (pending !== '' || tooLong) yield take(pending);
}
