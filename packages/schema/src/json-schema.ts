/**
 * The type of the schema objects this package exports.
 *
 * @module
 */

/**
 * A JSON Schema 2020-12 document of `schemas/`, as plain JSON. Every Copekit
 * schema has a versioned `$id`, a `title` and a `description`.
 */
export interface JsonSchema {
  /** Versioned id, e.g. `https://copekit.org/schemas/v1/bundle.schema.json`. */
  readonly $id: string;
  /** Human title, shown by editors. */
  readonly title: string;
  /** What the schema describes, shown by editors. */
  readonly description: string;
  /** Any other keyword. */
  readonly [keyword: string]: unknown;
}
