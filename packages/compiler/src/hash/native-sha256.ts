/**
 * Node's native SHA-256, found at run time without importing a Node.js
 * module: `process.getBuiltinModule('node:crypto')` (Node.js 20.16 and
 * later). The compiler core stays free of Node.js imports, so bundlers for
 * browsers see nothing to resolve; there the lookup finds nothing and the
 * portable digest is used.
 *
 * @module
 */

/** The part of `node:crypto` used here. */
interface NodeCrypto {
  createHash(algorithm: 'sha256'): { update(data: string, encoding: 'utf8'): { digest(encoding: 'hex'): string } };
}

/** The part of Node's `process` used here. */
export interface NodeProcess {
  getBuiltinModule?: (id: string) => unknown;
}

/**
 * The SHA-256 digest of a string's UTF-8 bytes as 64 lowercase hex digits,
 * by Node's `crypto`, or `undefined` where `node:crypto` cannot be reached
 * (browsers, workers, Node.js before 20.16). Lone surrogates are encoded as
 * U+FFFD, as `TextEncoder` does.
 *
 * @example
 * ```ts
 * nativeSha256Hex?.('abc'); // => 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' in Node.js
 * ```
 */
export const nativeSha256Hex: ((text: string) => string) | undefined = nativeSha256From((globalThis as { process?: NodeProcess }).process);

/**
 * The native digest of the runtime whose `process` is given, or `undefined`
 * when it has no `getBuiltinModule`, refuses `node:crypto` or returns
 * something without `createHash`.
 *
 * @example
 * ```ts
 * nativeSha256From(undefined); // => undefined (a browser)
 * nativeSha256From(process)?.('abc'); // => 'ba7816bf…' (Node.js 20.16 and later)
 * ```
 */
export function nativeSha256From(process: NodeProcess | undefined): ((text: string) => string) | undefined {
  const crypto = loadNodeCrypto(process);
  const createHash = crypto?.createHash;
  if (typeof createHash !== 'function') return undefined;
  return (text) => createHash.call(crypto, 'sha256').update(text, 'utf8').digest('hex');
}

function loadNodeCrypto(process: NodeProcess | undefined): Partial<NodeCrypto> | undefined {
  if (typeof process?.getBuiltinModule !== 'function') return undefined;
  try {
    return process.getBuiltinModule('node:crypto') as Partial<NodeCrypto> | undefined;
  } catch {
    // A runtime that names `getBuiltinModule` but refuses the module.
    return undefined;
  }
}
