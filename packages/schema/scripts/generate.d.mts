/** Types of `generate.mjs`, for the tests that import it. */

/** One schema file of `schemas/`. */
export interface SchemaFile {
  /** File name, e.g. `lesson-front-matter.schema.json`. */
  file: string;
  /** camelCase key, e.g. `lessonFrontMatter`. */
  key: string;
  /** PascalCase key, e.g. `LessonFrontMatter`. */
  pascal: string;
  /** The parsed schema. */
  schema: Record<string, any>;
}

/** Default locations: the repository's `schemas/` and this package's `src/generated/`. */
export declare const defaultPaths: { schemasDir: string; outDir: string };

/** Options of the ajv instance the validators are compiled with. */
export declare const ajvOptions: Record<string, unknown>;

/** Reads every `*.schema.json` of a folder, sorted by file name. */
export declare function readSchemas(schemasDir: string): SchemaFile[];

/** Generates the files in memory: absolute path → content. */
export declare function generate(paths?: { schemasDir?: string; outDir?: string }): Promise<Map<string, string>>;

/** A copy of a schema without annotations. */
export declare function withoutAnnotations<T>(schema: T): T;

/** Rewrites a schema into the shape json-schema-to-typescript understands. */
export declare function forTypeScript<T>(schema: T): T;

/** Schema keys that get a compact validator. */
export declare const compactSchemaKeys: string[];

/** A self-contained copy of `file`'s schema for a compact validator; throws on what it would not check. */
export declare function compactSchema(schemas: SchemaFile[], file: SchemaFile): Record<string, unknown>;
