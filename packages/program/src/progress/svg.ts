/**
 * Small helpers to write SVG text safely.
 *
 * @module
 */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * `text` with the characters that mean something in XML escaped, for element
 * text and attribute values.
 *
 * @example
 * ```ts
 * escapeXml('Pain <7> & "sleep"'); // => 'Pain &lt;7&gt; &amp; &quot;sleep&quot;'
 * ```
 */
export function escapeXml(text: string): string {
  return text.replaceAll(/[&<>"']/g, (char) => entities[char]!);
}

/**
 * A number rounded for drawing (two decimals at most, no `-0`).
 *
 * @example
 * ```ts
 * coordinate(12.3456); // => '12.35'
 * ```
 */
export function coordinate(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

/**
 * A value as people read it: whole numbers as they are, others with one decimal.
 *
 * @example
 * ```ts
 * formatValue(4.25); // => '4.3'
 * ```
 */
export function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * The smallest "nice" number (1, 2 or 5 times a power of ten) at or above `value`, and at least 1.
 *
 * @example
 * ```ts
 * niceCeiling(37); // => 50
 * ```
 */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((step) => step * power).find((candidate) => candidate >= value)!;
}
