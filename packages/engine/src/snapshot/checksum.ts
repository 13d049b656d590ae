/**
 * The snapshot checksum: 32-bit FNV-1a over the UTF-8 bytes of the canonical
 * JSON. It detects corruption and hand edits; it is not a signature and does
 * not stop a determined forger (store snapshots where participants cannot
 * write, or sign them, if that matters).
 *
 * @module
 */

import { canonicalJson } from '@copekit/schema';

/** The WHATWG encoder every supported runtime has (Node, browsers, workers); the engine's lib has no DOM types. */
declare const TextEncoder: new () => { encode(text: string): Uint8Array };

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
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193);
  return hash >>> 0;
}
