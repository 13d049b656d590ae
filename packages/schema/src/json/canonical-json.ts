/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace,
 * values written as `JSON.stringify` writes them (as in RFC 8785), so equal
 * data always gives the same text.
 *
 * @module
 */

/**
 * The canonical JSON text of `value` (properties set to `undefined` are left out).
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, null] }); // => '{"a":[true,null],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  // An array in a template literal is joined with commas (fewer bytes for the engine's size budget).
  if (Array.isArray(value)) return `[${value.map(canonicalJson)}]`;
  const record = value as Record<string, unknown>;
  const fields = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${fields}}`;
}
