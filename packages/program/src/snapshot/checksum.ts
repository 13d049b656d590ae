/**
 * The snapshot checksum, as the engine writes it: 32-bit FNV-1a over the
 * UTF-8 bytes of the canonical JSON (keys sorted, no spaces). It detects
 * corruption and hand edits; it is not a signature.
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
  if (Array.isArray(value)) return `[${value.map((entry) => canonicalJson(entry)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const fields = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${fields.join(',')}}`;
}

/**
 * `fnv1a32:<8 hex digits>` of a text's UTF-8 bytes.
 *
 * @example
 * ```ts
 * textChecksum('{"a":1}') === textChecksum('{"a":1}'); // => true
 * ```
 */
export function textChecksum(text: string): string {
  let hash = 0x811c9dc5;
  const add = (byte: number) => {
    hash = Math.imul(hash ^ byte, 0x01000193);
  };
  // UTF-8 by hand: `TextEncoder` is not in the ES library types this package builds with.
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) add(code);
    else if (code < 0x800) {
      add(0xc0 | (code >> 6));
      add(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      add(0xe0 | (code >> 12));
      add(0x80 | ((code >> 6) & 0x3f));
      add(0x80 | (code & 0x3f));
    } else {
      add(0xf0 | (code >> 18));
      add(0x80 | ((code >> 12) & 0x3f));
      add(0x80 | ((code >> 6) & 0x3f));
      add(0x80 | (code & 0x3f));
    }
  }
  return `fnv1a32:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
