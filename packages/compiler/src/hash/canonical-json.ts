/**
 * Deterministic JSON text of plain data, the input of content hashes.
 *
 * @module
 */

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
  return write(value, '$', new Set());
}

function write(value: unknown, path: string, parents: Set<object>): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) refuse(path, `${value} is not a finite number`);
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      if (parents.has(value)) refuse(path, 'it refers back to an object that contains it');
      parents.add(value);
      try {
        return Array.isArray(value) ? writeArray(value, path, parents) : writeObject(value, path, parents);
      } finally {
        parents.delete(value);
      }
    case 'undefined':
      refuse(path, 'undefined is not plain JSON data');
    default:
      refuse(path, `a ${typeof value} is not plain JSON data`);
  }
}

function writeArray(array: readonly unknown[], path: string, parents: Set<object>): string {
  const parts: string[] = [];
  for (let index = 0; index < array.length; index++) {
    const item = array[index];
    if (item === undefined) refuse(`${path}[${index}]`, 'arrays cannot hold undefined or holes');
    parts.push(write(item, `${path}[${index}]`, parents));
  }
  return `[${parts.join(',')}]`;
}

function writeObject(object: object, path: string, parents: Set<object>): string {
  const prototype: unknown = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) {
    refuse(path, `${describeClass(object)} is not plain JSON data`);
  }
  const record = object as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort(compareCodePoints)) {
    const item = record[key];
    if (item !== undefined) parts.push(`${JSON.stringify(key)}:${write(item, childPath(path, key), parents)}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * Orders strings by Unicode code point. JavaScript's default sort compares
 * UTF-16 code units, which puts U+10000 and above (stored as surrogates,
 * 0xD800–0xDFFF) before U+E000–U+FFFF; shifting the code units restores code
 * point order without decoding.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

/** `a Date`, `an Error`, or `an object with a custom prototype`. */
function describeClass(object: object): string {
  const name: unknown = object.constructor?.name;
  if (typeof name !== 'string' || name === '' || name === 'Object') return 'an object with a custom prototype';
  return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
}

function childPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function refuse(path: string, why: string): never {
  throw new TypeError(`Cannot hash \`${path}\`: ${why}.`);
}
