/**
 * Finds the front matter block of a lesson with the same delimiter rules as
 * gray-matter 4 (`lib/../index.js` `parseMatter`), so that offsets computed
 * here match the `matter` string gray-matter hands to its engines:
 *
 * - the file starts with `---`, not followed by another `-`;
 * - the rest of that line, trimmed, is the declared language (`---js`);
 * - the block ends at the first `\n---` after it.
 *
 * @module
 */

/** Where the front matter block and its parts are, as offsets in the file. */
export interface FrontMatterSpan {
  /** Declared language after the opening `---` (`''` when none). */
  language: string;
  /** Offsets of the declared language on the first line. */
  languageStart: number;
  languageEnd: number;
  /**
   * Offset where gray-matter's `matter` string starts (the text handed to the
   * engine); it begins with the line ending of the opening line.
   */
  bodyStart: number;
  /** Offset where the `matter` string ends: the `\n` before the closing `---`. */
  bodyEnd: number;
  /** Offset just after the closing `---` (or the end of the file when unclosed). */
  end: number;
  /** Whether a closing `---` line was found. */
  closed: boolean;
}

const open = '---';
const close = '\n---';

/**
 * The front matter span of `text`, or `undefined` when the file has none.
 *
 * @example
 * delimitFrontMatter('---\nid: a\n---\nText')
 * // => { language: '', bodyStart: 3, bodyEnd: 9, end: 13, closed: true, … }
 */
export function delimitFrontMatter(text: string): FrontMatterSpan | undefined {
  if (!text.startsWith(open) || text.charAt(open.length) === '-') return undefined;
  const lineEnd = firstLineEnd(text);
  const raw = text.slice(open.length, lineEnd);
  const language = raw.trim();
  const languageStart = open.length + (raw.length - raw.trimStart().length);
  // gray-matter only skips the rest of the first line when it names a language.
  const bodyStart = language === '' ? open.length : lineEnd;
  const closeIndex = lineEnd === text.length ? -1 : text.indexOf(close, bodyStart);
  const closed = closeIndex !== -1;
  return {
    language,
    languageStart,
    languageEnd: languageStart + language.length,
    bodyStart,
    bodyEnd: closed ? closeIndex : text.length,
    end: closed ? closeIndex + close.length : text.length,
    closed,
  };
}

/** Offset of the first line ending (`\r\n` or `\n`), or the end of the text. */
function firstLineEnd(text: string): number {
  const index = text.indexOf('\n');
  if (index === -1) return text.length;
  return text.charCodeAt(index - 1) === 13 ? index - 1 : index;
}
