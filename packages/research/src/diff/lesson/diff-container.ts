/**
 * Diffs the id-less content of one container (a step, or a matched Show):
 * prose and coach-note wording, Show conditions, crisis blocks.
 *
 * @module
 */

import type { Block } from '@copekit/schema';
import { sameJson } from '../../json/canonical-json.js';
import { compareText, record, within, type ChangeContext } from '../change-context.js';
import type { ChangeSubject } from '../types.js';
import { containsCrisis, keyIdless, type IdlessBlock, type KeyedBlock } from './lesson-blocks.js';

/** Container ids of both sides; matched Show containers are added to `matches` (old id → new id). */
export interface ContainerIds {
  before: string;
  after: string;
  matches: Map<string, string>;
}

/**
 * Records the changes of the id-less blocks of a container and, for Show
 * blocks matched on both sides, their condition and content. A block pairs
 * first with an identical block (same key first), then with the block of the
 * same key, then with the next left-over block of its type in order.
 */
export function diffContainer(context: ChangeContext, before: readonly Block[], after: readonly Block[], ids: ContainerIds): void {
  ids.matches.set(ids.before, ids.after);
  const old = keyIdless(before);
  const next = keyIdless(after);
  const partner = pairBlocks(old, next);
  const paired = new Set(partner.values());
  for (const keyed of old) {
    if (!paired.has(keyed)) record(context, { op: 'removed', subject: subjectOf(keyed.block), segment: keyed.segment, before: keyed.block, safety: safetyOf(keyed.block) });
  }
  for (const keyed of next) {
    const match = partner.get(keyed);
    if (match === undefined) record(context, { op: 'added', subject: subjectOf(keyed.block), segment: keyed.segment, after: keyed.block, safety: safetyOf(keyed.block) });
    else comparePair(context, match, keyed, ids);
  }
}

function comparePair(context: ChangeContext, old: KeyedBlock, next: KeyedBlock, ids: ContainerIds): void {
  const [was, now] = [old.block, next.block];
  if (was.type === 'show' && now.type === 'show') {
    const guard = containsCrisis(was.blocks) || containsCrisis(now.blocks) ? 'guards crisis content' : undefined;
    if (was.source !== now.source) record(context, { op: 'changed', subject: 'condition', segment: old.segment, field: 'when', before: was.source, after: now.source, safety: guard });
    const inner = { before: `${ids.before}/${old.key}`, after: `${ids.after}/${next.key}`, matches: ids.matches };
    diffContainer(within(context, next.segment, guard), was.blocks, now.blocks, inner);
  } else if ((was.type === 'prose' || was.type === 'coach-note') && was.type === now.type) {
    const here = within(context, next.segment);
    compareText(here, was.type, 'text', was.text, now.text);
    if (was.text === now.text && !sameJson(was.content, now.content)) record(here, { op: 'changed', subject: was.type, field: 'markup', before: was.content, after: now.content });
  }
}

/** Pairs new blocks with old ones: identical content, then key, then order within a type. */
function pairBlocks(old: readonly KeyedBlock[], next: readonly KeyedBlock[]): Map<KeyedBlock, KeyedBlock> {
  const partner = new Map<KeyedBlock, KeyedBlock>();
  const free = [...old];
  const pass = (fits: (a: KeyedBlock, b: KeyedBlock) => boolean) => {
    for (const keyed of next) {
      if (partner.has(keyed)) continue;
      const index = free.findIndex((candidate) => fits(candidate, keyed));
      if (index >= 0) partner.set(keyed, free.splice(index, 1)[0]!);
    }
  };
  pass((a, b) => a.key === b.key && sameJson(a.block, b.block));
  pass((a, b) => sameJson(a.block, b.block));
  pass((a, b) => a.key === b.key);
  pass((a, b) => a.block.type === b.block.type);
  return partner;
}

function subjectOf(block: IdlessBlock): ChangeSubject {
  return block.type;
}

function safetyOf(block: IdlessBlock): string | undefined {
  if (block.type === 'crisis') return 'crisis block';
  if (block.type === 'show' && containsCrisis(block.blocks)) return 'guards crisis content';
  return undefined;
}
