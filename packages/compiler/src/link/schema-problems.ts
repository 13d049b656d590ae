/**
 * Validates YAML data against a schema and reports each readable error at
 * the key or list item it is about (the parent, for a missing key).
 *
 * @module
 */

import { schemaErrors, type JsonSchema, type SchemaValidator } from '@copekit/schema';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { didYouMean } from '../lower/did-you-mean.js';
import type { DataPath } from '../parse/front-matter/locate.js';
import type { RuleId } from '../rules.js';

/** Where and how to report the errors of one document. */
export interface SchemaReport {
  ruleId: RuleId;
  /** What the document is, for messages: `curriculum.yaml`, `the front matter`. */
  what: string;
  /** The schema, for "did you mean" on unknown top-level keys. */
  schema: JsonSchema;
  /** Position of the key or list item at a path. */
  locate(path: DataPath): Position | undefined;
  /** Where to report an error whose path cannot be located. */
  fallback: Position | undefined;
}

const unknownKey = 'is not a known property';

/**
 * Validates `value`; reports every error and returns whether it is valid.
 *
 * @example
 * if (!checkSchema(file, validateCurriculum, data, { ruleId: 'manifest', what: 'curriculum.yaml', schema, locate, fallback })) return;
 */
export function checkSchema<T>(file: VFile, validate: SchemaValidator<T>, value: unknown, options: SchemaReport): value is T {
  const errors = schemaErrors(validate, value);
  for (const { path, message } of errors) {
    const segments = toPath(path);
    const key = segments.at(-1);
    const name = segments.join('.');
    const reason = `${name === '' ? options.what : `\`${name}\` in ${options.what}`} ${message}.`;
    const schemaFile = `schemas/${options.schema.$id.slice(options.schema.$id.lastIndexOf('/') + 1)}`;
    let fix = `See ${schemaFile} for what ${name === '' ? options.what : `\`${name}\``} takes.`;
    if (message === 'is required') fix = `Add \`${String(key)}:\`.`;
    else if (message.startsWith(unknownKey) && typeof key === 'string') {
      const known = segments.length === 1 ? Object.keys((options.schema['properties'] as object | undefined) ?? {}) : [];
      fix = didYouMean(key, known, 'Remove it, or check its spelling.');
    }
    report(file, { ruleId: options.ruleId, reason, place: locateNearest(options, segments), fix });
  }
  return errors.length === 0;
}

/** The position of the path, or of its nearest ancestor that is written. */
function locateNearest(options: SchemaReport, segments: readonly (string | number)[]): Position | undefined {
  for (let length = segments.length; length > 0; length--) {
    const place = options.locate(segments.slice(0, length));
    if (place !== undefined) return place;
  }
  return options.fallback;
}

/** `/program/sessions/0` → `['program', 'sessions', 0]`. */
export function toPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}
