/**
 * The snapshot checksum: 32-bit FNV-1a over the UTF-8 bytes of the canonical
 * JSON. It detects corruption and hand edits; it is not a signature and does
 * not stop a determined forger (store snapshots where participants cannot
 * write, or sign them, if that matters).
 *
 * @module
 */

import { canonicalJson } from '@copekit/schema';

/**
 * `fnv1a32:<8 hex digits>` of `value`'s canonical JSON.
 *
 * @example
 * ```ts
 * checksum({ a: 1 }) === checksum({ a: 1 }); // => true
 * checksum({ a: 1 }) === checksum({ a: 2 }); // => false
 * ```
 */
export function checksum(value: unknown): string {
  return textChecksum(canonicalJson(value));
}

/** `fnv1a32:<8 hex digits>` of a canonical JSON text. */
export function textChecksum(text: string): string {
  return `fnv1a32:${fnv1a32(text).toString(16).padStart(8, '0')}`;
}

/** 32-bit FNV-1a of the UTF-8 encoding of `text`. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  const add = (byte: number) => {
    hash = Math.imul(hash ^ byte, 0x01000193);
  };
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
  return hash >>> 0;
}
