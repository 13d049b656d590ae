/**
 * CSV cells and lines (RFC 4180), safe to open in a spreadsheet.
 *
 * Written by hand rather than with a CSV library: quoting is a few lines, and
 * the formula guard must leave numbers alone (a library's formula escaping
 * also turns `-2` into text).
 *
 * @module
 */

const formulaStart = /^[=+\-@\t\r]/;
const numberLiteral = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const needsQuotes = /[",\r\n]/;

/**
 * One CSV cell. `null` is empty; numbers and booleans are written as is;
 * arrays and objects as JSON. Text that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, a tab or a carriage return, and not a
 * plain number) gets a leading `'`. Cells with a quote, comma or line break
 * are quoted, with quotes doubled.
 *
 * @example
 * ```ts
 * csvCell('=SUM(A1:A9)'); // => "'=SUM(A1:A9)"
 * csvCell('Walked, then "rested"'); // => '"Walked, then ""rested"""'
 * csvCell(-2); // => '-2'
 * ```
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const guarded = typeof value === 'string' && formulaStart.test(text) && !numberLiteral.test(text) ? `'${text}` : text;
  return needsQuotes.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** One CSV line of `cells`, ending in CRLF as RFC 4180 asks. */
export function csvLine(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
