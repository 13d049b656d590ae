/**
 * `migrateSnapshot`: carries a saved session from one content version to
 * another by stable ids, and writes the `session.migrated` record.
 *
 * @module
 */

import type { AnswersByLesson, Bundle, Flow, SessionSnapshot, SessionState } from '@copekit/schema';
import { createSession } from '@copekit/engine';
import { ENGINE_VERSION, openSnapshot, sealSnapshot } from '@copekit/engine/snapshot';
import { carryLesson, type CarriedLesson, type LessonPair, type MigrationProblem } from './carry-lesson.js';
import { carryStep } from './carry-step.js';
import { checkMap } from './check-map.js';
import { outlineLesson, type LessonOutline } from './lesson-outline.js';
import { MigrationError } from './migration-error.js';
import { migratedContent, migrationRecord } from './migration-record.js';
import { safetyChanges, type Reached } from './safety-changes.js';
import type { MigrateOptions, MigrationMap, MigrationResult } from './types.js';

/**
 * Carries `snapshot` (a session saved with `fromBundle`) to `toBundle`:
 *
 * - answers, skipped items and practice progress follow their ids (or the
 *   map's `to`); answers to removed items leave the live answers but stay in
 *   the records, and the new record lists them;
 * - a session at a removed step continues at the nearest earlier step that
 *   still exists (or where the map's step `to` says);
 * - an answered item whose kind changed, or whose answer the new item does not
 *   accept, is refused unless the map converts (or drops) the answer;
 * - a changed safety step the session has reached (risk items, crisis content,
 *   any step of the safety lesson) is refused unless the map marks it `reviewed`;
 * - a pinned session is refused unless `options.pinned` is `'migrate'`.
 *
 * Returns the new snapshot (checked by restoring it with `createSession`) and
 * the `session.migrated` record, numbered with the old snapshot's `seq`.
 * Throws a `MigrationError` naming every problem, or a `SnapshotError` for a
 * snapshot that is corrupt.
 *
 * @example
 * ```ts
 * import { migrateSnapshot } from '@copekit/research';
 *
 * const { snapshot, record } = migrateSnapshot(JSON.parse(saved), v1, v2, {
 *   lesson: { items: { pain: { to: 'pain-today' } } },
 * });
 * log.append(record);
 * const session = createSession(v2, { lesson: snapshot.lesson, mode: snapshot.mode, participant: snapshot.participant, snapshot });
 * ```
 */
export function migrateSnapshot(
  snapshot: unknown,
  fromBundle: Bundle,
  toBundle: Bundle,
  map: MigrationMap = {},
  options: MigrateOptions = {},
): MigrationResult {
  const { checksum: _checksum, ...saved } = openSnapshot(snapshot);
  const pairs = lessonPairs(saved, fromBundle, toBundle, map);
  if (saved.pinned && options.pinned !== 'migrate') {
    throw new MigrationError(
      'pinned',
      `The session is pinned to ${saved.curriculum} ${saved.curriculumVersion} (${saved.bundleHash}); pinned sessions are never migrated silently. ` +
        "If the trial protocol moves it to the new version, pass { pinned: 'migrate' } and pin the new content (`copekit lock`).",
    );
  }
  const problems: MigrationProblem[] = [];
  for (const pair of pairs) checkMap(pair, problems);
  if (problems.length > 0) throw refusal(problems);
  const carried = pairs.map((pair) => carryLesson(pair, saved.state, problems));
  const [lessonPair, safetyPair] = pairs as [LessonPair, LessonPair | undefined];
  const step = carryStep(lessonPair, saved.state.step);
  const safetyStep = saved.state.safetyStep === null || safetyPair === undefined ? null : carryStep(safetyPair, saved.state.safetyStep);
  const places: [Flow, string | null, string | null][] = [
    ['lesson', saved.state.step, step],
    ['safety', saved.state.safetyStep, safetyStep],
  ];
  const reviewed = pairs.flatMap((pair, index) => {
    const reached = reachedSteps(pair, saved.state, ...places[index]!);
    return safetyChanges(pair, reached, problems).map((id) => ({ lesson: pair.old.lesson.id, step: id }));
  });
  if (problems.length > 0) throw refusal(problems);

  const [lesson, safety] = [lessonPair.now, (safetyPair ?? lessonPair).now];
  const state: SessionState = {
    status: saved.state.status,
    step,
    safetyStep,
    answers: byLesson(pairs, carried, (entry) => entry.answers),
    skipped: byLesson(pairs, carried, (entry) => entry.skipped),
    practices: byLesson(pairs, carried, (entry) => entry.practices),
    prior: referredPrior(saved.state.prior, [lesson, safety]),
  };
  const moved = places.flatMap(([flow, from, to]) => (from !== null && to !== null && from !== to ? [{ flow, from, to }] : []));
  const to = migratedContent(toBundle, lesson, safety);
  const sealed = sealSnapshot({ ...saved, ...to, lesson: lesson.lesson.id, engineVersion: ENGINE_VERSION, seq: saved.seq + 1, state });
  const at = options.at ?? Date.now();
  const record = migrationRecord(saved, sealed, toBundle, {
    from: migratedContent(fromBundle, lessonPair.old, (safetyPair ?? lessonPair).old),
    to,
    pinned: saved.pinned === true,
    steps: moved,
    answers: carried.flatMap((entry) => entry.changes.answers),
    skipped: carried.flatMap((entry) => entry.changes.skipped),
    practices: carried.flatMap((entry) => entry.changes.practices),
    reviewed,
  }, at);
  checkRestores(toBundle, sealed, at);
  return { snapshot: sealed, record };
}

/** The session's lesson (and the safety lesson, when separate) in both versions. */
function lessonPairs(saved: Omit<SessionSnapshot, 'checksum'>, from: Bundle, to: Bundle, map: MigrationMap): LessonPair[] {
  const version = (bundle: Bundle) => `${bundle.curriculum.id} ${bundle.curriculum.version}`;
  const oldLesson = outlineLesson(from, saved.lesson);
  const oldSafety = outlineLesson(from, saved.safetyLesson);
  if (saved.curriculum !== from.curriculum.id || oldLesson?.lesson.hash !== saved.lessonHash || oldSafety?.lesson.hash !== saved.safetyLessonHash) {
    throw new MigrationError(
      'not-from-bundle',
      `The snapshot was taken with ${saved.curriculum} ${saved.curriculumVersion} (lesson \`${saved.lesson}\` ${saved.lessonHash}), ` +
        `but fromBundle is ${version(from)}${oldLesson ? ` (${oldLesson.lesson.hash})` : `, which has no lesson \`${saved.lesson}\``}. Pass the bundle the session ran.`,
    );
  }
  const newLesson = outlineLesson(to, saved.lesson);
  const newSafety = outlineLesson(to, to.curriculum.safety.lesson);
  if (to.curriculum.id !== from.curriculum.id || newLesson === undefined || newSafety === undefined) {
    const why = to.curriculum.id !== from.curriculum.id ? `is another curriculum (${version(to)})` : `(${version(to)}) has no lesson \`${saved.lesson}\``;
    throw new MigrationError('incompatible-bundle', `toBundle ${why}: a session can only move to a version of its own curriculum that still has its lesson.`);
  }
  const pair = (old: LessonOutline, now: LessonOutline, key: 'lesson' | 'safety'): LessonPair => ({ old, now, key, rules: map[key], from: version(from), to: version(to) });
  return saved.lesson === saved.safetyLesson ? [pair(oldLesson, newLesson, 'lesson')] : [pair(oldLesson, newLesson, 'lesson'), pair(oldSafety!, newSafety, 'safety')];
}

/**
 * The steps of `pair` the session has reached: in the lesson, every step up to
 * its own (all once completed); in the safety lesson, up to the safety step
 * while the flow runs, all when the flow ran before (it holds answers), else none.
 */
function reachedSteps({ old, now }: LessonPair, state: SessionState, flow: Flow, before: string | null, after: string | null): Reached {
  const ranBefore = Object.keys(state.answers[old.lesson.id] ?? {}).length > 0 || (state.skipped[old.lesson.id] ?? []).length > 0;
  const all = flow === 'lesson' ? state.status === 'completed' : before === null && ranBefore;
  const upTo = (steps: string[], step: string | null) => (all ? steps : step === null ? [] : steps.slice(0, steps.indexOf(step) + 1));
  return { old: new Set(upTo(old.steps, before)), added: new Set(upTo(now.steps, after).filter((id) => !old.steps.includes(id))) };
}

function byLesson<T>(pairs: readonly LessonPair[], carried: readonly CarriedLesson[], part: (entry: CarriedLesson) => T): { [lesson: string]: T } {
  const entries = pairs.map((pair, index) => [pair.now.lesson.id, part(carried[index]!)] as const);
  return Object.fromEntries(entries.filter(([, value]) => Object.keys(value as object).length > 0));
}

/** The prior answers the new versions of the lessons still refer to. */
function referredPrior(prior: AnswersByLesson, lessons: readonly LessonOutline[]): AnswersByLesson {
  const refs = new Set(lessons.flatMap((outline) => outline.refs.map((ref) => `${ref.lesson ?? outline.lesson.id}.${ref.item}`)));
  const kept: AnswersByLesson = {};
  for (const [lesson, answers] of Object.entries(prior)) {
    for (const [item, value] of Object.entries(answers)) {
      if (refs.has(`${lesson}.${item}`)) kept[lesson] = { ...kept[lesson], [item]: value };
    }
  }
  return kept;
}

/** Restores `snapshot` with `bundle` as a host would, so a result that does not load is never returned. */
function checkRestores(bundle: Bundle, snapshot: SessionSnapshot, at: number): void {
  try {
    createSession(bundle, { lesson: snapshot.lesson, mode: snapshot.mode, participant: snapshot.participant, snapshot, clock: { now: () => at } });
  } catch (error) {
    throw new MigrationError('incompatible-bundle', `The migrated session does not restore with the new bundle: ${(error as Error).message}`);
  }
}

function refusal(problems: readonly MigrationProblem[]): MigrationError {
  const list = problems.map((problem) => `  - ${problem.message}`).join('\n');
  return new MigrationError(problems[0]!.code, `The session cannot be migrated:\n${list}`);
}
