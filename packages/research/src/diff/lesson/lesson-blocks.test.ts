import { describe, expect, it } from 'vitest';
import type { Block } from '@copekit/schema';
import { baseBundle } from '../../../test/fixtures/base-bundle.js';
import { lessonOf } from '../../../test/fixtures/variants.js';
import { containsCrisis, idSegment, isIdBlock, keyIdless, placeBlocks } from './lesson-blocks.js';

const prose = (text: string): Block => ({ type: 'prose', content: [], text });
const item = (id: string): Block => ({ type: 'item', kind: 'text', id, label: id, optional: false });

describe('keyIdless', () => {
  it('keys id-less blocks by the preceding id and their order after it', () => {
    const blocks: Block[] = [prose('a'), prose('b'), item('x'), prose('c'), { type: 'coach-note', content: [], text: 'd' }, { type: 'show', when: { type: 'answered', ref: { item: 'x' } }, source: 'answered(x)', blocks: [] }];
    expect(keyIdless(blocks).map(({ key, segment }) => [key, segment])).toEqual([
      ['prose@^#0', 'prose:1'],
      ['prose@^#1', 'prose:2'],
      ['prose@x#0', 'prose:3'],
      ['coach-note@x#0', 'coach-note:1'],
      ['show@x#0', 'show:answered(x)'],
    ]);
  });

  it('keeps keys after the anchor when content is inserted before it', () => {
    const before = keyIdless([prose('a'), item('x'), prose('c')]).map((keyed) => keyed.key);
    const after = keyIdless([prose('new'), prose('a'), item('x'), prose('c')]).map((keyed) => keyed.key);
    expect(after).toContain(before[1]);
  });
});

describe('block helpers', () => {
  it('tells blocks with ids apart and names their segment', () => {
    expect(isIdBlock(item('x'))).toBe(true);
    expect(isIdBlock(prose('a'))).toBe(false);
    expect(idSegment({ type: 'practice', id: 'breathe', title: 'B', minutes: 1, cues: [] })).toBe('practice:breathe');
  });

  it('finds crisis content at any depth', () => {
    const nested: Block = { type: 'show', when: { type: 'answered', ref: { item: 'x' } }, source: 'answered(x)', blocks: [{ type: 'crisis' }] };
    expect(containsCrisis([prose('a'), nested])).toBe(true);
    expect(containsCrisis([prose('a')])).toBe(false);
  });
});

describe('placeBlocks', () => {
  it('places every block with an id with its container, path and position', () => {
    const placed = placeBlocks(lessonOf(baseBundle, 'pacing-basics'));
    expect([...placed.entries()].map(([id, at]) => [id, at.container, at.path.join(' › '), at.position, at.crisisGuarded])).toEqual([
      ['pain-now', 'step:why-pacing', 'step:why-pacing › item:pain-now', 2, false],
      ['overdo', 'step:plan', 'step:plan › item:overdo', 2, false],
      ['notes', 'step:plan', 'step:plan › item:notes', 3, false],
      ['short-break', 'step:practise', 'step:practise › practice:short-break', 1, false],
      ['break-minutes', 'step:practise', 'step:practise › item:break-minutes', 2, false],
      ['pacing-log', 'step:practise', 'step:practise › homework:pacing-log', 3, false],
    ]);
  });

  it('marks blocks inside a Show that holds crisis content', () => {
    const lesson = structuredClone(lessonOf(baseBundle, 'daily-check-in'));
    const show = lesson.steps[0]!.blocks[2]!;
    if (show.type !== 'show') throw new Error('fixture shape');
    show.blocks.push(item('follow-up'));
    const placed = placeBlocks(lesson).get('follow-up');
    expect(placed).toMatchObject({ container: 'step:today/show@mood#0', path: ['step:today', 'show:mood >= 3', 'item:follow-up'], position: 3, crisisGuarded: true });
  });
});
