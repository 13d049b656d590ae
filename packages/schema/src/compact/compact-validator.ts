/**
 * A small validator that walks a {@link CompactSchema} and stops at the first
 * error: a few hundred bytes instead of ajv's generated code, for bundles where
 * size matters (the session engine checks snapshots with one). It accepts
 * exactly what ajv accepts for the same schema (a differential test proves it)
 * and reports one of ajv's errors, with ajv's message.
 *
 * @module
 */

import type { CompactConstant, CompactSchema } from './compact-schema.js';
import type { RawSchemaError, SchemaValidator } from '../schema-validator.js';

type Json = unknown;

/**
 * Makes a validator for `root`. Use the generated ones (`validateSnapshotCompact`)
 * rather than calling this.
 *
 * @example
 * ```ts
 * const validate = compactValidator<{ seq: number }>({ type: 'object', required: ['seq'] });
 * validate({}); // false; validate.errors[0].message === "must have required property 'seq'"
 * ```
 */
export function compactValidator<T>(root: CompactSchema): SchemaValidator<T> {
  const patterns = new Map<string, RegExp>();
  const fail = (instancePath: string, schemaPath: string, keyword: string, params: Record<string, unknown>, message: string) => {
    validate.errors = [{ instancePath, schemaPath: `${schemaPath}/${keyword}`, keyword, params, message }];
    return false;
  };

  const check = (schema: CompactSchema, value: Json, path: string, at: string): boolean => {
    if (schema.$ref !== undefined) {
      at = schema.$ref;
      schema = root.$defs![schema.$ref.slice(8)]!;
    }
    const { type } = schema;
    if (type !== undefined && !hasType(value, type)) return fail(path, at, 'type', { type }, `must be ${type}`);
    if ('const' in schema && value !== schema.const) {
      return fail(path, at, 'const', { allowedValue: schema.const }, 'must be equal to constant');
    }
    if (schema.enum !== undefined && !schema.enum.includes(value as CompactConstant)) {
      return fail(path, at, 'enum', { allowedValues: schema.enum }, 'must be equal to one of the allowed values');
    }
    if (schema.anyOf !== undefined && !schema.anyOf.some((option, index) => check(option, value, path, `${at}/anyOf/${index}`))) {
      return fail(path, at, 'anyOf', {}, 'must match a schema in anyOf');
    }
    if (typeof value === 'string') {
      const { minLength: limit, pattern } = schema;
      if (limit !== undefined && [...value].length < limit) {
        return fail(path, at, 'minLength', { limit }, `must NOT have fewer than ${limit} characters`);
      }
      if (pattern !== undefined) {
        let regExp = patterns.get(pattern);
        if (regExp === undefined) patterns.set(pattern, (regExp = new RegExp(pattern, 'u')));
        if (!regExp.test(value)) return fail(path, at, 'pattern', { pattern }, `must match pattern "${pattern}"`);
      }
    }
    if (typeof value === 'number' && schema.minimum !== undefined && !(value >= schema.minimum)) {
      return fail(path, at, 'minimum', { comparison: '>=', limit: schema.minimum }, `must be >= ${schema.minimum}`);
    }
    if (Array.isArray(value) && schema.items !== undefined) {
      return value.every((element, index) => check(schema.items!, element, `${path}/${index}`, `${at}/items`));
    }
    if (hasType(value, 'object')) return checkObject(schema, value as Record<string, Json>, path, at);
    return true;
  };

  const checkObject = (schema: CompactSchema, value: Record<string, Json>, path: string, at: string): boolean => {
    const { properties = {}, additionalProperties: additional } = schema;
    for (const missingProperty of schema.required ?? []) {
      if (value[missingProperty] === undefined) {
        return fail(path, at, 'required', { missingProperty }, `must have required property '${missingProperty}'`);
      }
    }
    for (const [key, element] of Object.entries(value)) {
      const pointer = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const named = Object.hasOwn(properties, key) ? properties[key] : undefined;
      if (named !== undefined) {
        if (element !== undefined && !check(named, element, pointer, `${at}/properties/${key}`)) return false;
      } else if (additional === false) {
        return fail(path, at, 'additionalProperties', { additionalProperty: key }, 'must NOT have additional properties');
      } else if (additional !== undefined && additional !== true) {
        if (!check(additional, element, pointer, `${at}/additionalProperties`)) return false;
      }
    }
    return true;
  };

  const validate = ((value: Json) => {
    const valid = check(root, value, '', '#');
    if (valid) validate.errors = null;
    return valid;
  }) as SchemaValidator<T> & { errors: RawSchemaError[] | null };
  return validate;
}

function hasType(value: Json, type: NonNullable<CompactSchema['type']>): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'null':
      return value === null;
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return Number.isFinite(value);
    default:
      return typeof value === type;
  }
}
