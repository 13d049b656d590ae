/**
 * Checks a lesson's front matter against the front matter schema and the
 * curriculum: the module is declared, the file is named after the id (error)
 * and sits in its module's folder (warning), the lesson cites references
 * (warning). Fills in the defaults (`kind`, empty lists).
 *
 * @module
 */

import type { Lesson, LessonFrontMatter, LessonKind } from '@copekit/schema';
import { lessonFrontMatterSchema, validateLessonFrontMatter } from '@copekit/schema';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { checkSchema } from '../link/schema-problems.js';
import type { ParsedLesson } from '../parse/index.js';
import type { LessonContext } from './context.js';
import { didYouMean } from './did-you-mean.js';

/** The lesson fields that come from the front matter. */
export type LessonHead = Omit<Lesson, 'source' | 'hash' | 'steps'>;

/** What the front matter gives. */
export interface LoweredFrontMatter {
  /** The id, when it is a string (even if other fields are invalid). */
  id: string | undefined;
  /** Where the id is written. */
  idPlace: Position | undefined;
  /** The lesson fields, or `undefined` when the front matter is invalid. */
  fields: LessonHead | undefined;
}

/**
 * Checks the front matter of a parsed lesson.
 *
 * @example
 * lowerFrontMatter(file, parsed, context).fields?.kind; // => 'session'
 */
export function lowerFrontMatter(file: VFile, parsed: ParsedLesson, context: LessonContext): LoweredFrontMatter {
  const { data, locate, frontMatterPosition } = parsed;
  const id = typeof data?.id === 'string' ? data.id : undefined;
  const idPlace = locate(['id']) ?? frontMatterPosition;
  if (data === undefined) return { id, idPlace, fields: undefined };
  const schema = { ruleId: 'front-matter-schema', what: 'the front matter', schema: lessonFrontMatterSchema, locate, fallback: frontMatterPosition } as const;
  if (!checkSchema(file, validateLessonFrontMatter, data, schema)) return { id, idPlace, fields: undefined };
  const matter = data;
  checkPath(file, matter, locate);
  checkModule(file, matter, context, locate(['module']));
  const references = matter.references ?? [];
  if (references.length === 0) {
    report(file, {
      ruleId: 'missing-references',
      reason: 'The lesson cites no references.',
      place: locate(['references']) ?? frontMatterPosition?.start,
      fix: 'List the sources the lesson is based on under `references:` in the front matter, one `- …` line each.',
      severity: 'warning',
    });
  }
  const kind: LessonKind = matter.kind ?? (matter.session === undefined ? 'practice' : 'session');
  const fields: LessonHead = {
    id: matter.id,
    title: matter.title,
    module: matter.module,
    kind,
    ...(matter.session === undefined ? {} : { session: matter.session }),
    minutes: matter.minutes,
    ...(matter.summary === undefined ? {} : { summary: matter.summary }),
    objectives: matter.objectives ?? [],
    references,
  };
  return { id, idPlace, fields };
}

/** File name = lesson id (error); folder = module (warning). */
function checkPath(file: VFile, matter: LessonFrontMatter, locate: ParsedLesson['locate']): void {
  const path = file.path;
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1).replace(/\.mdx$/, '');
  const folder = slash === -1 ? '' : path.slice(path.lastIndexOf('/', slash - 1) + 1, slash);
  if (name !== matter.id) {
    report(file, {
      ruleId: 'lesson-path',
      reason: `The file name \`${name}.mdx\` does not match the lesson id \`${matter.id}\`.`,
      place: locate(['id']),
      fix: `Rename the file to \`${matter.id}.mdx\`, or set \`id: ${name}\`.`,
    });
  }
  if (folder !== matter.module) {
    report(file, {
      ruleId: 'lesson-path',
      reason: `The lesson is in ${folder === '' ? 'the curriculum root' : `the folder \`${folder}\``}, not in the folder of its module \`${matter.module}\`.`,
      place: locate(['module']),
      fix: `Move the file to \`${matter.module}/${name}.mdx\`.`,
      severity: 'warning',
    });
  }
}

/** The module must be declared in `curriculum.yaml`. */
function checkModule(file: VFile, matter: LessonFrontMatter, context: LessonContext, place: Position | undefined): void {
  if (context.modules === undefined || context.modules.includes(matter.module)) return;
  report(file, {
    ruleId: 'unknown-module',
    reason: `Module \`${matter.module}\` is not declared in curriculum.yaml.`,
    place,
    fix: didYouMean(matter.module, context.modules, `Use one of ${context.modules.map((id) => `\`${id}\``).join(', ')}, or add the module to \`modules\` in curriculum.yaml.`),
  });
}
