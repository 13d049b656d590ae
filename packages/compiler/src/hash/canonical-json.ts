/**
 * Deterministic JSON text of plain data, the input of content hashes.
 *
 * @module
 */

import { checkedCanonicalJson } from './checked-json.js';
import { compareCodePoints } from './compare-code-points.js';

export { compareCodePoints };

/**
 * Serializes plain data to deterministic JSON: object keys sorted by Unicode
 * code point, no whitespace, properties whose value is `undefined` dropped,
 * arrays kept in order. Strings and numbers are written as `JSON.stringify`
 * writes them (`-0` as `0`).
 *
 * Strings are taken as they are: Unicode normalization (NFC) is NOT applied,
 * so `"é"` written as one code point and as `e` + combining accent give
 * different text and different hashes. Sorting by code point differs from
 * RFC 8785 (JCS), which sorts by UTF-16 code unit, only for keys holding
 * characters beyond U+FFFF.
 *
 * @throws {TypeError} naming the path (`$.lessons[0].minutes`) of the first
 *   value that is not plain JSON data: `NaN` or an infinity, `undefined` or a
 *   hole in an array, a function, symbol or bigint, an object whose prototype
 *   is neither `Object.prototype` nor `null` (a `Date`, `Map`, class instance…),
 *   or a circular reference.
 * @example
 * ```ts
 * canonicalJson({ b: [1, 'x'], a: { d: undefined, c: true } }); // => '{"a":{"c":true},"b":[1,"x"]}'
 * canonicalJson({ when: new Date(0) }); // throws TypeError: Cannot hash `$.when`: a Date is not plain JSON data.
 * ```
 */
export function canonicalJson(value: unknown): string {
  try {
    return write(value, 0);
  } catch (error) {
    if (error !== notPlain) throw error;
    // The careful writer gives the same text, or names what is not plain data.
    return checkedCanonicalJson(value);
  }
}

/*
 * The fast writer: no paths, no set of parents. It gives up (throws
 * `notPlain`) on anything that is not plain JSON data, and on nesting deeper
 * than `maxDepth`, which any circular reference reaches; the careful writer
 * then takes over.
 */

/** Thrown by the fast writer when it gives up. */
const notPlain = new Error('Not plain JSON data');

/** Deeper values are left to the careful writer. Lessons nest about 12 deep. */
const maxDepth = 64;

function write(value: unknown, depth: number): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw notPlain;
      // `String` writes numbers as JSON does, `-0` as `0`.
      return String(value);
    case 'object':
      if (value === null) return 'null';
      if (depth === maxDepth) throw notPlain;
      return Array.isArray(value) ? writeArray(value, depth + 1) : writeObject(value, depth + 1);
    default:
      throw notPlain;
  }
}

function writeArray(array: readonly unknown[], depth: number): string {
  if (array.length === 0) return '[]';
  let text = '[';
  for (let index = 0; index < array.length; index++) {
    const item = array[index];
    if (item === undefined) throw notPlain;
    text += index === 0 ? write(item, depth) : `,${write(item, depth)}`;
  }
  return `${text}]`;
}

function writeObject(object: object, depth: number): string {
  const prototype: unknown = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) throw notPlain;
  const record = object as Record<string, unknown>;
  const keys = sortedKeys(record);
  let text = '';
  for (const key of keys) {
    const item = record[key];
    if (item !== undefined) text += `${text === '' ? '{' : ','}${quotedKey(key)}${write(item, depth)}`;
  }
  return text === '' ? '{}' : `${text}}`;
}

/**
 * The keys of an object in code point order. Without surrogates in any key,
 * UTF-16 code unit order (the default `<` and `sort()`) is code point order,
 * and objects built by the compiler often have their keys in order already.
 */
function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  let sorted = true;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    if (hasSurrogate(key)) return keys.sort(compareCodePoints);
    if (index > 0 && keys[index - 1]! > key) sorted = false;
  }
  return sorted ? keys : keys.sort();
}

/** `"key":` and whether the key holds a surrogate, by key; keys repeat across objects. */
const keyCache = new Map<string, { quoted: string; surrogate: boolean }>();
const keyCacheLimit = 4096;

function keyInfo(key: string): { quoted: string; surrogate: boolean } {
  let info = keyCache.get(key);
  if (info === undefined) {
    info = { quoted: `${JSON.stringify(key)}:`, surrogate: /[\ud800-\udfff]/.test(key) };
    if (keyCache.size < keyCacheLimit) keyCache.set(key, info);
  }
  return info;
}

function hasSurrogate(key: string): boolean {
  return keyInfo(key).surrogate;
}

function quotedKey(key: string): string {
  return keyInfo(key).quoted;
}
