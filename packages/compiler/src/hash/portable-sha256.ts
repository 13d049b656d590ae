/**
 * SHA-256 in pure JavaScript (`@noble/hashes`): the digest used where Node's
 * native `crypto` is not available (browsers, workers).
 *
 * @module
 */

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The SHA-256 digest of a string's UTF-8 bytes, as 64 lowercase hex digits,
 * computed in JavaScript. Lone surrogates are encoded as U+FFFD, as
 * `TextEncoder` does.
 *
 * @example
 * ```ts
 * portableSha256Hex('abc'); // => 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * ```
 */
export function portableSha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
