/**
 * Readable validation errors: a JSON Pointer to the offending value and a
 * plain-English message.
 *
 * @module
 */

import { errorMessage } from './error-message.js';
import type { RawSchemaError, SchemaValidator } from './schema-validator.js';

/** One readable validation error. */
export interface SchemaError {
  /**
   * JSON Pointer to the offending value, e.g. `/lessons/0/steps/1/id`; for a
   * missing or unknown property, the pointer to that property; `''` for the root.
   */
  path: string;
  /** What is wrong and how to fix it, e.g. `is required`, `must be an integer`. */
  message: string;
}

/**
 * Validates `value` and returns its errors, or `[]` when it is valid. Each
 * problem is reported once, at the most precise path.
 *
 * @example
 * ```ts
 * schemaErrors(validateLessonFrontMatter, { id: 'Pacing Basics', title: 'Pace your day', module: 'pacing' });
 * // [
 * //   { path: '/minutes', message: 'is required' },
 * //   { path: '/id', message: 'must be a kebab-case id: lowercase letters and digits joined by single hyphens, e.g. "pain-now"' },
 * // ]
 * ```
 */
export function schemaErrors(validate: SchemaValidator<unknown>, value: unknown): SchemaError[] {
  if (validate(value)) return [];
  const raw = validate.errors ?? [];
  if (raw.length === 0) return [{ path: '', message: 'is not valid' }];
  const seen = new Set<string>();
  const errors: SchemaError[] = [];
  for (const error of raw) {
    if (error.keyword === 'unevaluatedProperties' && hasOtherErrorWithin(raw, error.instancePath)) continue;
    // ajv adds a summary error after the errors of each invalid property name.
    if (error.keyword === 'propertyNames') continue;
    const readable = { path: errorPath(error), message: messageFor(error) };
    const key = `${readable.path}\n${readable.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(readable);
  }
  return errors;
}

/**
 * When part of an object fails (a wrong value, an unknown `kind`), JSON Schema
 * counts none of the properties that part describes as evaluated, so
 * `unevaluatedProperties` flags every one of them. Those errors only echo the
 * real one at or below the same object, so they are dropped.
 */
function hasOtherErrorWithin(raw: readonly RawSchemaError[], path: string): boolean {
  return raw.some(
    (other) =>
      other.keyword !== 'unevaluatedProperties' &&
      (other.instancePath === path || other.instancePath.startsWith(`${path}/`)),
  );
}

function messageFor(error: RawSchemaError): string {
  const message = errorMessage(error);
  return error.propertyName === undefined ? message : `the property name ${message}`;
}

/** The pointer to the value the error is about. */
function errorPath(error: RawSchemaError): string {
  const { params } = error;
  const property =
    error.propertyName ??
    params['missingProperty'] ??
    params['additionalProperty'] ??
    params['unevaluatedProperty'] ??
    (error.keyword === 'discriminator' ? params['tag'] : undefined);
  return typeof property === 'string' ? `${error.instancePath}/${escapePointer(property)}` : error.instancePath;
}

/** Escapes one JSON Pointer segment (RFC 6901). */
function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
