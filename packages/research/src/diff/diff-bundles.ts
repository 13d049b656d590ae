/**
 * The semantic diff of two bundles.
 *
 * @module
 */

import type { Bundle, Lesson } from '@copekit/schema';
import { compareIds } from '../json/canonical-json.js';
import { addSummaries, compareValue, record, rootContext, summarize } from './change-context.js';
import { diffCurriculum } from './diff-curriculum.js';
import { diffInstruments, hasRiskItems } from './diff-instruments.js';
import { diffLesson, type LessonSafety } from './lesson/diff-lesson.js';
import { matchBy } from './match.js';
import type { BundleDiff, Change, ScopeDiff } from './types.js';

/**
 * Compares two bundles by meaning, matching lessons, steps, items, options,
 * instruments and crisis resources by their stable ids (never by position).
 * Reports curriculum-level changes, instruments and, per lesson, added,
 * removed, moved and changed content with word-level diffs of wording, and
 * flags every safety-relevant change (`safety: true`). The result is plain
 * JSON; render it with {@link formatDiffMarkdown}.
 *
 * @example
 * ```ts
 * import { diffBundles, formatDiffMarkdown } from '@copekit/research';
 *
 * const diff = diffBundles(oldBundle, newBundle);
 * if (diff.summary.safety > 0) console.warn('Safety-relevant changes');
 * await writeFile('changes.md', formatDiffMarkdown(diff));
 * await writeFile('changes.json', JSON.stringify(diff, null, 2));
 * ```
 */
export function diffBundles(before: Bundle, after: Bundle): BundleDiff {
  const safety: LessonSafety = {
    safetyLessons: new Set([before.curriculum.safety.lesson, after.curriculum.safety.lesson]),
    riskInstruments: new Set([...before.instruments, ...after.instruments].filter(hasRiskItems).map((instrument) => instrument.id)),
  };
  const curriculum = diffCurriculum(before, after);
  const instruments = diffInstruments(before.instruments, after.instruments);
  const lessons = diffLessons(before.lessons, after.lessons, safety);
  if (before.hash !== after.hash && curriculum.length + instruments.length + lessons.length === 0) {
    compareValue(rootContext(curriculum), 'curriculum', 'hash', before.hash, after.hash);
  }
  const summary = addSummaries([summarize(curriculum), ...instruments.map((scope) => scope.summary), ...lessons.map((scope) => scope.summary)]);
  return {
    diffVersion: 1,
    from: { curriculum: before.curriculum.id, version: before.curriculum.version, hash: before.hash },
    to: { curriculum: after.curriculum.id, version: after.curriculum.version, hash: after.hash },
    changed: summary.total > 0,
    summary,
    curriculum,
    instruments,
    lessons,
  };
}

function diffLessons(before: Lesson[], after: Lesson[], safety: LessonSafety): ScopeDiff[] {
  const matched = matchBy(before, after, (lesson) => lesson.id);
  const scopes: ScopeDiff[] = [];
  const whole = (lesson: Lesson, op: 'added' | 'removed') => {
    const changes: Change[] = [];
    const outline = { id: lesson.id, title: lesson.title, kind: lesson.kind, module: lesson.module, minutes: lesson.minutes, steps: lesson.steps.map((step) => step.id) };
    record(rootContext(changes, safety.safetyLessons.has(lesson.id) ? 'safety lesson' : undefined), { op, subject: 'lesson', [op === 'added' ? 'after' : 'before']: outline });
    const hash = op === 'added' ? { before: null, after: lesson.hash } : { before: lesson.hash, after: null };
    scopes.push({ id: lesson.id, title: lesson.title, status: op, hash, summary: summarize(changes), changes });
  };
  for (const lesson of matched.removed) whole(lesson, 'removed');
  for (const lesson of matched.added) whole(lesson, 'added');
  for (const [was, now] of matched.pairs) {
    const changes = diffLesson(was, now, safety);
    if (changes.length > 0) scopes.push({ id: now.id, title: now.title, status: 'changed', hash: { before: was.hash, after: now.hash }, summary: summarize(changes), changes });
  }
  return scopes.sort((a, b) => compareIds(a.id, b.id));
}
