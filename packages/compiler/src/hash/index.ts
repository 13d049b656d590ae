/**
 * Deterministic JSON and SHA-256 content hashes.
 *
 * @module
 */

export { canonicalJson } from './canonical-json.js';
export { contentHash } from './content-hash.js';
export { sha256Hex } from './sha256.js';
