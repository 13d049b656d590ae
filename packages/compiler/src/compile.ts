/**
 * The pure compiler core: source files in, bundle and messages out. No file
 * system, no `process`, no Node.js built-ins, so it also runs in a browser
 * preview.
 *
 * @module
 */

import type { Lesson } from '@copekit/schema';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { contextHash, rememberedCacheKey } from './cache.js';
import { hasErrors, report } from './diagnostics.js';
import { compareCodePoints } from './hash/canonical-json.js';
import { assembleBundle } from './link/assemble.js';
import { readCurriculumContext, manifestPath } from './link/curriculum-context.js';
import { checkExternalConditions } from './link/external-conditions.js';
import { checkFeedback } from './link/check-feedback.js';
import { checkLessonIds, checkManifestLessons, type LessonEntry } from './link/lesson-checks.js';
import { readPackageVersion } from './link/package-version.js';
import type { LessonContext } from './lower/context.js';
import { lowerLesson } from './lower/lesson.js';
import { isLoweredLesson, type LoweredLesson } from './lower/lowered-lesson.js';
import { deserializeMessage, serializeMessage, sortMessages } from './messages.js';
import { parseLesson } from './parse/index.js';
import type { CompileCache, CompileOptions, CompileResult, CompileStats, SourceFile } from './types.js';

/** Default highest reading grade of patient-facing text. */
const defaultMaxReadingGrade = 6;

const packagePath = 'package.json';
const instrumentPath = /^instruments\/[^/]+\.yaml$/;

/**
 * Compiles a curriculum: checks every file, lowers every lesson and, when no
 * error was found, assembles the bundle. The same files give the same result
 * in any order, directory, time zone or locale.
 *
 * @example
 * ```ts
 * import { compile } from '@copekit/compiler';
 *
 * const { bundle, messages } = compile([
 *   { path: 'curriculum.yaml', value: manifestText },
 *   { path: 'package.json', value: '{ "version": "1.0.0" }' },
 *   { path: 'pacing/pacing-basics.mdx', value: lessonText },
 * ]);
 * for (const message of messages) console.log(`${message.file}:${message.line}:${message.column} ${message.reason}`);
 * ```
 */
export function compile(files: readonly SourceFile[], options: CompileOptions = {}): CompileResult {
  const maxReadingGrade = options.maxReadingGrade ?? defaultMaxReadingGrade;
  const sources = sortedUnique(files);
  const instrumentFiles = sources.unique.filter((file) => instrumentPath.test(file.path));
  const manifestFile = sources.unique.find((file) => file.path === manifestPath);
  const curriculum = readCurriculumContext(manifestFile, instrumentFiles, maxReadingGrade);
  const contextKey = options.cache === undefined ? '' : contextHash({ manifest: manifestFile?.value, instruments: instrumentFiles, maxReadingGrade });
  const messages: VFileMessage[] = [...sources.messages, ...curriculum.messages];
  const stats: CompileStats = { parsed: 0, cached: 0 };
  const entries: LessonEntry[] = [];
  for (const file of sources.unique) {
    if (!file.path.endsWith('.mdx')) continue;
    const result = compileLesson(file, curriculum.lessons, contextKey, options.cache, stats);
    entries.push({ path: file.path, lowered: result.lesson });
    messages.push(...result.messages);
  }
  const linked = new Map<string, VFile>();
  const fileOf = (path: string): VFile => {
    let file = linked.get(path);
    if (file === undefined) linked.set(path, (file = new VFile({ path })));
    return file;
  };
  const byId = checkLessonIds(entries, fileOf);
  checkManifestLessons(curriculum.manifest, byId, fileOf(manifestPath));
  checkExternalConditions(entries, byId, fileOf);
  checkFeedback(curriculum.manifest, byId, fileOf(manifestPath), maxReadingGrade);
  const packageFile = fileOf(packagePath);
  const packageSource = sources.unique.find((file) => file.path === packagePath);
  const version = packageSource === undefined ? missingPackage(packageFile) : readPackageVersion(packageFile, packageSource.value);
  for (const file of linked.values()) messages.push(...file.messages);
  const manifest = curriculum.manifest.manifest;
  const lessons = entries.map((entry) => entry.lowered.lesson).filter((lesson): lesson is Lesson => lesson !== undefined);
  const bundle =
    hasErrors(messages) || manifest === undefined || version === undefined
      ? undefined
      : assembleBundle({ manifest, version, instruments: curriculum.instruments, lessons });
  return { bundle, messages: sortMessages(messages), stats };
}

/** Lowers one lesson, or takes its result from the cache. */
function compileLesson(
  source: SourceFile,
  context: LessonContext,
  contextKey: string,
  cache: CompileCache | undefined,
  stats: CompileStats,
): { lesson: LoweredLesson; messages: VFileMessage[] } {
  const key = cache === undefined ? undefined : rememberedCacheKey(cache, source.path, source.value, contextKey);
  const cached = key === undefined ? undefined : cache?.get(key);
  if (cached !== undefined && isLoweredLesson(cached.lesson)) {
    stats.cached++;
    return { lesson: cached.lesson, messages: cached.messages.map(deserializeMessage) };
  }
  stats.parsed++;
  const file = new VFile({ path: source.path, value: source.value });
  const lesson = lowerLesson(file, parseLesson(file), context);
  if (key !== undefined) cache?.set(key, { lesson, messages: file.messages.map(serializeMessage) });
  return { lesson, messages: file.messages };
}

/** Files sorted by path; a repeated path is reported and left out. */
function sortedUnique(files: readonly SourceFile[]): { unique: SourceFile[]; messages: VFileMessage[] } {
  const sorted = [...files].sort((a, b) => compareCodePoints(a.path, b.path));
  const unique: SourceFile[] = [];
  const messages: VFileMessage[] = [];
  for (const file of sorted) {
    if (unique.at(-1)?.path !== file.path) {
      unique.push(file);
      continue;
    }
    const vfile = new VFile({ path: file.path });
    report(vfile, {
      ruleId: 'duplicate-file',
      reason: `The file ${file.path} is given more than once.`,
      fix: 'Pass each source file once.',
    });
    messages.push(...vfile.messages);
  }
  return { unique, messages };
}

function missingPackage(file: VFile): undefined {
  report(file, {
    ruleId: 'package-version',
    reason: 'The curriculum has no package.json; its version comes from there.',
    fix: 'Add package.json at the root of the curriculum with `"name"` and a semver `"version"`, such as `"1.0.0"`.',
  });
  return undefined;
}
