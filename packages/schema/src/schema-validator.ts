/**
 * The shape of the precompiled validators (`validateBundle`, …).
 *
 * @module
 */

/** One error as ajv reports it, on `validator.errors`. */
export interface RawSchemaError {
  /** JSON Pointer to the offending value, e.g. `/lessons/0/steps/1/id`; `''` for the root. */
  instancePath: string;
  /** JSON Pointer into the schema to the failing keyword. */
  schemaPath: string;
  /** The failing keyword, e.g. `required`, `pattern`. */
  keyword: string;
  /** Keyword details, e.g. `{ missingProperty: 'id' }`. */
  params: Record<string, unknown>;
  /** For errors in `propertyNames`: the offending property name. */
  propertyName?: string;
  /** ajv's English message, e.g. `must match pattern "…"`. */
  message?: string;
}

/**
 * A precompiled validator: a type guard that also keeps the errors of its last
 * call on `errors` (the ajv convention). Use {@link schemaErrors} for readable errors.
 *
 * @example
 * ```ts
 * if (!validateBundle(json)) throw new Error('not a Copekit bundle');
 * json.lessons; // typed as Bundle['lessons']
 * ```
 */
export interface SchemaValidator<T> {
  /** Whether `value` is valid; narrows it to `T`. */
  (value: unknown): value is T;
  /** Errors of the last call; `null` when it passed. */
  readonly errors?: readonly RawSchemaError[] | null;
}
