/**
 * The JSON Schema subset a compact validator reads.
 *
 * @module
 */

/** A `const` or `enum` value: compact schemas compare with `===`, so only primitives. */
export type CompactConstant = string | number | boolean | null;

/**
 * A self-contained JSON Schema (2020-12) limited to the keywords a compact
 * validator checks. `scripts/compact-schemas.mjs` derives one from a schema of
 * `schemas/`: annotations dropped, every `$ref` rewritten to `#/$defs/<name>`
 * of the root, and any other keyword refused, so a compact validator never
 * silently ignores part of a schema.
 *
 * @example
 * ```ts
 * const schema: CompactSchema = { type: 'object', properties: { seq: { type: 'integer', minimum: 0 } }, required: ['seq'] };
 * ```
 */
export interface CompactSchema {
  /** Reference to `#/$defs/<name>` of the root schema. */
  $ref?: string;
  /** Definitions the `$ref`s point at (root schema only). */
  $defs?: Readonly<Record<string, CompactSchema>>;
  /** The JSON type the value must have. */
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
  /** The only allowed value. */
  const?: CompactConstant;
  /** The allowed values. */
  enum?: readonly CompactConstant[];
  /** Schemas of which the value must match at least one. */
  anyOf?: readonly CompactSchema[];
  /** Minimum length of a string, in Unicode code points. */
  minLength?: number;
  /** Regular expression (Unicode mode) a string must match. */
  pattern?: string;
  /** Inclusive lower bound of a number. */
  minimum?: number;
  /** Schema of every element of an array. */
  items?: CompactSchema;
  /** Properties an object must have. */
  required?: readonly string[];
  /** Schemas of named properties. */
  properties?: Readonly<Record<string, CompactSchema>>;
  /** Whether (or which) properties not in `properties` are allowed. */
  additionalProperties?: boolean | CompactSchema;
}
