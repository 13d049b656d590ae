/**
 * `@copekit/schema`: the JSON Schemas of every Copekit format, their TypeScript
 * types, and validators precompiled with ajv (no `new Function` at run time, so
 * they work under a strict Content-Security-Policy).
 *
 * @example
 * ```ts
 * import { schemaErrors, validateBundle } from '@copekit/schema';
 *
 * if (!validateBundle(json)) {
 *   for (const { path, message } of schemaErrors(validateBundle, json)) console.error(`${path} ${message}`);
 * }
 * ```
 *
 * @module
 */

export type * from './types/bundle.js';
export type * from './types/condition.js';
export type * from './types/prose.js';
export type * from './types/manifest.js';
export type * from './types/instrument.js';
export type * from './types/front-matter.js';
export type * from './types/components.js';
export type * from './types/record.js';
export type * from './types/snapshot.js';
export type * from './types/program.js';
export type * from './types/pin.js';

export type { JsonSchema } from './json-schema.js';
export type { RawSchemaError, SchemaValidator } from './schema-validator.js';
export type { SchemaKey, SchemaType, SchemaTypes } from './schema-type.js';
export type { SchemaError } from './schema-errors.js';

export * from './generated/schemas.js';
export * from './generated/validators.js';
export * from './generated/compact-validators.js';
export type { CompactConstant, CompactSchema } from './compact/compact-schema.js';
export { schemaErrors } from './schema-errors.js';
export { canonicalJson } from './json/canonical-json.js';
export { printCondition, printConditionNumber, printConditionString } from './condition/print-condition.js';
export * from './feedback/index.js';
