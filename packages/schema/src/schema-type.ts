/**
 * Which TypeScript type each schema validates.
 *
 * @module
 */

import type { Bundle } from './types/bundle.js';
import type { ComponentAttributes } from './types/components.js';
import type { InstrumentDefinition } from './types/instrument.js';
import type { LessonFrontMatter } from './types/front-matter.js';
import type { CurriculumManifest } from './types/manifest.js';
import type { SessionRecord } from './types/record.js';
import type { SessionSnapshot } from './types/snapshot.js';
import type { ProgramRecord, ProgramSnapshot } from './types/program.js';
import type { schemaIds } from './generated/schemas.js';

/**
 * The hand-written type of each schema, by schema key (the file name in
 * camelCase: `lesson-front-matter.schema.json` → `lessonFrontMatter`). A type
 * test proves each agrees with the type json-schema-to-typescript generates
 * from its schema.
 */
export interface SchemaTypes {
  bundle: Bundle;
  components: ComponentAttributes;
  curriculum: CurriculumManifest;
  instrument: InstrumentDefinition;
  lessonFrontMatter: LessonFrontMatter;
  programRecord: ProgramRecord;
  programSnapshot: ProgramSnapshot;
  record: SessionRecord;
  snapshot: SessionSnapshot;
}

/** The key of every schema in `schemas/`, e.g. `bundle`, `lessonFrontMatter`. */
export type SchemaKey = keyof typeof schemaIds;

/**
 * The type a schema validates: its hand-written type, or `unknown` for a schema
 * that has none here (its validator then checks without narrowing).
 */
export type SchemaType<Key extends SchemaKey> = Key extends keyof SchemaTypes ? SchemaTypes[Key] : unknown;
