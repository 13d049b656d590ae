/**
 * SHA-256 of text: Node's native digest when the runtime has one, the pure
 * JavaScript `@noble/hashes` digest otherwise (browsers, workers). Both give
 * the same 64 hex digits for the same text.
 *
 * @module
 */

import { nativeSha256Hex } from './native-sha256.js';
import { portableSha256Hex } from './portable-sha256.js';

/**
 * The SHA-256 digest of a string's UTF-8 bytes, as 64 lowercase hex digits.
 * Lone surrogates are encoded as U+FFFD, as `TextEncoder` does.
 *
 * @example
 * ```ts
 * sha256Hex('abc'); // => 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * ```
 */
export const sha256Hex: (text: string) => string = nativeSha256Hex ?? portableSha256Hex;
