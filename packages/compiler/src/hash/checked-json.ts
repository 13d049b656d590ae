/**
 * The careful writer of canonical JSON: every value checked, with the path
 * of each one kept, so that the first value that is not plain JSON data is
 * named in the error. {@link canonicalJson} uses it for what its fast writer
 * does not take.
 *
 * @module
 */

import { compareCodePoints } from './compare-code-points.js';

/**
 * {@link canonicalJson}, with every value checked: throws a `TypeError`
 * naming the path of the first value that is not plain JSON data.
 *
 * @example
 * ```ts
 * checkedCanonicalJson({ b: 1, a: [true] }); // => '{"a":[true],"b":1}'
 * checkedCanonicalJson({ a: [1, Number.NaN] }); // throws TypeError: Cannot hash `$.a[1]`: NaN is not a finite number.
 * ```
 */
export function checkedCanonicalJson(value: unknown): string {
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
