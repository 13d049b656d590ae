/**
 * Types of lesson front matter (`schemas/lesson-front-matter.schema.json`).
 *
 * @module
 */

import type { LessonKind } from './bundle.js';

/** The YAML front matter at the top of every lesson. */
export interface LessonFrontMatter {
  /** Stable kebab-case lesson id, unique in the curriculum. */
  id: string;
  title: string;
  /** Module id declared in `curriculum.yaml`. */
  module: string;
  /** Defaults to `session` when `session` is set, else `practice`. */
  kind?: LessonKind;
  /** Session number in the program (1-based). */
  session?: number;
  /** Estimated minutes. */
  minutes: number;
  summary?: string;
  objectives?: string[];
  references?: string[];
}
