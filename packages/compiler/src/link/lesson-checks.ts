/**
 * Checks across lessons, run on every build (they are cheap): lesson ids are
 * unique, the program and the safety flow name existing lessons, and the
 * safety lesson is a `safety` lesson showing `<Crisis />`.
 *
 * @module
 */

import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { didYouMean } from '../lower/did-you-mean.js';
import { where } from '../lower/id-scope.js';
import type { LoweredLesson } from '../lower/lowered-lesson.js';
import type { ManifestSource } from './manifest.js';

/** A lowered lesson and its source path. */
export interface LessonEntry {
  path: string;
  lowered: LoweredLesson;
}

/**
 * Reports lesson ids declared by more than one file, at each repeat, naming
 * the first place. Returns the lessons by id (first declaration wins).
 *
 * @example
 * const byId = checkLessonIds(entries, (path) => files.get(path));
 */
export function checkLessonIds(entries: readonly LessonEntry[], fileOf: (path: string) => VFile): Map<string, LessonEntry> {
  const byId = new Map<string, LessonEntry>();
  for (const entry of entries) {
    const id = entry.lowered.id;
    if (id === undefined) continue;
    const first = byId.get(id);
    if (first === undefined) {
      byId.set(id, entry);
      continue;
    }
    report(fileOf(entry.path), {
      ruleId: 'duplicate-id',
      reason: `Lesson id \`${id}\` is also declared in ${first.path}:${where(first.lowered.idPlace?.start)}.`,
      place: entry.lowered.idPlace,
      fix: 'Give each lesson its own id (and file name).',
    });
  }
  return byId;
}

/**
 * Reports lessons named in `curriculum.yaml` (program sessions, check-in,
 * safety lesson) that do not exist, and a safety lesson that is not one.
 */
export function checkManifestLessons(manifest: ManifestSource, byId: ReadonlyMap<string, LessonEntry>, file: VFile): void {
  if (manifest.manifest === undefined) return;
  const { program, safety } = manifest.manifest;
  const known = [...byId.keys()];
  const check = (id: string, path: (string | number)[], role: string): LessonEntry | undefined => {
    const entry = byId.get(id);
    if (entry !== undefined) return entry;
    report(file, {
      ruleId: 'unknown-lesson',
      reason: `${role} \`${id}\` is not a lesson of this curriculum.`,
      place: manifest.locate(path),
      fix: didYouMean(id, known, `Use the id of a lesson (its file name without \`.mdx\`), or add the lesson \`${id}.mdx\`.`),
    });
    return undefined;
  };
  program.sessions.forEach((id, index) => check(id, ['program', 'sessions', index], `Session ${index + 1}`));
  if (program.checkIn !== undefined) check(program.checkIn, ['program', 'checkIn'], 'The check-in lesson');
  const entry = check(safety.lesson, ['safety', 'lesson'], 'The safety lesson');
  const lesson = entry?.lowered.lesson;
  if (entry === undefined || lesson === undefined) return;
  const problems = [
    lesson.kind === 'safety' ? undefined : `has kind \`${lesson.kind}\`, not \`safety\``,
    entry.lowered.hasCrisis ? undefined : 'does not show `<Crisis />`',
  ].filter((problem) => problem !== undefined);
  if (problems.length === 0) return;
  report(file, {
    ruleId: 'safety-lesson',
    reason: `The safety lesson \`${lesson.id}\` ${problems.join(' and ')}.`,
    place: manifest.locate(['safety', 'lesson']),
    fix: `In ${entry.path}, set \`kind: safety\` in the front matter and show the crisis resources with \`<Crisis />\` in its first step.`,
  });
}
