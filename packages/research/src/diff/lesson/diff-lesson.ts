/**
 * Changes within one lesson present in both bundles: lesson fields, steps
 * (added, removed, moved, retitled), id-less content and blocks with ids.
 *
 * @module
 */

import type { Lesson } from '@copekit/schema';
import { compareText, compareValue, record, rootContext, within, type ChangeContext } from '../change-context.js';
import { matchBy, movedKeys } from '../match.js';
import type { Change } from '../types.js';
import { diffContainer } from './diff-container.js';
import { diffPlaced } from './diff-placed.js';
import type { IdBlock } from './lesson-blocks.js';
import { placeBlocks } from './lesson-blocks.js';

/** Facts from both bundles that decide which lesson changes are safety-relevant. */
export interface LessonSafety {
  /** Safety lesson ids of either bundle: everything in them is safety-relevant. */
  safetyLessons: ReadonlySet<string>;
  /** Ids of instruments with risk items in either bundle. */
  riskInstruments: ReadonlySet<string>;
}

/** The changes between two versions of a lesson with the same id. */
export function diffLesson(was: Lesson, now: Lesson, safety: LessonSafety): Change[] {
  const out: Change[] = [];
  const root = rootContext(out, safety.safetyLessons.has(now.id) ? 'safety lesson' : undefined);
  diffLessonFields(root, was, now);

  const containers = new Map<string, string>();
  const steps = matchBy(was.steps, now.steps, (step) => step.id);
  const moved = movedKeys(
    was.steps.map((step) => step.id),
    now.steps.map((step) => step.id),
  );
  for (const step of now.steps) {
    const here = within(root, `step:${step.id}`);
    const ids = { before: `step:${step.id}`, after: `step:${step.id}`, matches: containers };
    const old = steps.partner.get(step);
    if (old === undefined) {
      record(here, { op: 'added', subject: 'step', after: { id: step.id, title: step.title ?? null } });
      diffContainer(here, [], step.blocks, ids);
      continue;
    }
    if (moved.has(step.id)) record(here, { op: 'moved', subject: 'step', before: was.steps.indexOf(old) + 1, after: now.steps.indexOf(step) + 1 });
    compareText(here, 'step', 'title', old.title, step.title);
    diffContainer(here, old.blocks, step.blocks, ids);
  }
  for (const step of steps.removed) {
    const here = within(root, `step:${step.id}`);
    record(here, { op: 'removed', subject: 'step', before: { id: step.id, title: step.title ?? null } });
    diffContainer(here, step.blocks, [], { before: `step:${step.id}`, after: `step:${step.id}`, matches: new Map() });
  }

  diffPlaced(root, placeBlocks(was), placeBlocks(now), { containers, reasonOf: (block) => reasonOf(block, safety) });
  if (out.length === 0 && was.hash !== now.hash) compareValue(root, 'lesson', 'hash', was.hash, now.hash);
  return out;
}

function diffLessonFields(root: ChangeContext, was: Lesson, now: Lesson): void {
  compareText(root, 'lesson', 'title', was.title, now.title);
  compareValue(root, 'lesson', 'module', was.module, now.module);
  compareValue(root, 'lesson', 'kind', was.kind, now.kind);
  compareValue(root, 'lesson', 'session', was.session, now.session);
  compareValue(root, 'lesson', 'minutes', was.minutes, now.minutes);
  compareText(root, 'lesson', 'summary', was.summary, now.summary);
  compareValue(root, 'lesson', 'source', was.source, now.source);
  for (const field of ['objectives', 'references'] as const) {
    const matched = matchBy(was[field], now[field], (text) => text);
    for (const text of matched.removed) record(root, { op: 'removed', subject: 'lesson', field, before: text });
    for (const text of matched.added) record(root, { op: 'added', subject: 'lesson', field, after: text });
  }
}

function reasonOf(block: IdBlock, safety: LessonSafety): string | undefined {
  if (block.type === 'item' && block.risk !== undefined) return 'risk rule';
  if (block.type === 'instrument' && (safety.riskInstruments.has(block.ref) || block.items.some((item) => item.risk !== undefined))) {
    return 'instrument with risk items';
  }
  return undefined;
}
