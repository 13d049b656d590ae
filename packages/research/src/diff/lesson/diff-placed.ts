/**
 * Diffs the blocks that have ids (items, practices, homework, instruments)
 * across a whole lesson, matched by id wherever they sit: a block that
 * changed step or Show is moved, not removed and added.
 *
 * @module
 */

import type { ChangeContext } from '../change-context.js';
import { compareValue, record } from '../change-context.js';
import { movedKeys } from '../match.js';
import type { ChangeSubject } from '../types.js';
import { diffHomework, diffInstrumentBlock, diffPractice } from './diff-activity.js';
import { diffItem } from './diff-item.js';
import type { IdBlock, Placed } from './lesson-blocks.js';

/** What {@link diffPlaced} needs besides the two placements. */
export interface PlacedOptions {
  /** Old container id → new container id, from the container diff. */
  containers: ReadonlyMap<string, string>;
  /** The safety reason of a block, if it has one of its own (risk rule, risk instrument). */
  reasonOf: (block: IdBlock) => string | undefined;
}

/** Records added, removed, moved and changed blocks with ids. */
export function diffPlaced(context: ChangeContext, before: ReadonlyMap<string, Placed>, after: ReadonlyMap<string, Placed>, options: PlacedOptions): void {
  const reason = (placed: Placed) => options.reasonOf(placed.block) ?? (placed.crisisGuarded ? 'guards crisis content' : undefined);
  const at = (placed: Placed, safety: string | undefined): ChangeContext => ({ path: placed.path, safety: context.safety ?? safety, out: context.out });
  const reordered = reorderedIds(before, after, options.containers);

  for (const [id, placed] of before) {
    if (!after.has(id)) record(at(placed, reason(placed)), { op: 'removed', subject: subjectOf(placed.block), before: placed.block });
  }
  for (const [id, next] of after) {
    const old = before.get(id);
    if (old === undefined) {
      record(at(next, reason(next)), { op: 'added', subject: subjectOf(next.block), after: next.block });
      continue;
    }
    const here = at(next, reason(old) ?? reason(next));
    const subject = subjectOf(next.block);
    if (options.containers.get(old.container) !== next.container) {
      record(here, { op: 'moved', subject, before: old.path.slice(0, -1), after: next.path.slice(0, -1) });
    } else if (reordered.has(id)) {
      record(here, { op: 'moved', subject, before: old.position, after: next.position });
    }
    diffBlock(here, old.block, next.block);
  }
}

function diffBlock(context: ChangeContext, was: IdBlock, now: IdBlock): void {
  if (was.type !== now.type) return compareValue(context, subjectOf(now), 'type', was.type, now.type);
  if (was.type === 'item' && now.type === 'item') diffItem(context, was, now);
  else if (was.type === 'practice' && now.type === 'practice') diffPractice(context, was, now);
  else if (was.type === 'homework' && now.type === 'homework') diffHomework(context, was, now);
  else if (was.type === 'instrument' && now.type === 'instrument') diffInstrumentBlock(context, was, now);
}

/** Ids that stayed in their (matched) container but changed order within it. */
function reorderedIds(before: ReadonlyMap<string, Placed>, after: ReadonlyMap<string, Placed>, containers: ReadonlyMap<string, string>): Set<string> {
  const stayed = (id: string, placed: Placed) => {
    const next = after.get(id);
    return next !== undefined && containers.get(placed.container) === next.container;
  };
  const groups = new Map<string, { old: string[]; next: string[] }>();
  for (const [id, placed] of before) {
    if (!stayed(id, placed)) continue;
    const container = after.get(id)!.container;
    const group = groups.get(container) ?? { old: [], next: [] };
    group.old.push(id);
    groups.set(container, group);
  }
  for (const [id, placed] of after) groups.get(placed.container)?.next.push(id);
  const moved = new Set<string>();
  for (const group of groups.values()) {
    const kept = new Set(group.old);
    for (const id of movedKeys(group.old, group.next.filter((id) => kept.has(id)))) moved.add(id);
  }
  return moved;
}

function subjectOf(block: IdBlock): ChangeSubject {
  return block.type === 'instrument' ? 'instrument-block' : block.type;
}
