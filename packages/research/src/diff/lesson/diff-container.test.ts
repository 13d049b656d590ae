import { describe, expect, it } from 'vitest';
import type { Block } from '@copekit/schema';
import type { Change } from '../types.js';
import { brief } from '../../../test/brief.js';
import { rootContext, within } from '../change-context.js';
import { diffContainer } from './diff-container.js';

const prose = (text: string): Block => ({ type: 'prose', content: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }], text });
const item = (id: string): Block => ({ type: 'item', kind: 'text', id, label: id, optional: false });
const show = (source: string, blocks: Block[]): Block => ({ type: 'show', when: { type: 'answered', ref: { item: 'x' } }, source, blocks });

function run(before: Block[], after: Block[]) {
  const out: Change[] = [];
  const matches = new Map<string, string>();
  diffContainer(within(rootContext(out), 'step:s'), before, after, { before: 'step:s', after: 'step:s', matches });
  return { changes: brief(out), matches: [...matches.entries()] };
}

describe('diffContainer', () => {
  it('reports nothing and maps nested Show containers for identical content', () => {
    const blocks = [prose('a'), show('answered(x)', [prose('b')]), item('x'), show('answered(y)', [])];
    expect(run(blocks, structuredClone(blocks))).toEqual({
      changes: [],
      matches: [
        ['step:s', 'step:s'],
        ['step:s/show@^#0', 'step:s/show@^#0'],
        ['step:s/show@x#0', 'step:s/show@x#0'],
      ],
    });
  });

  it('pairs a left-over block with an identical one before pairing by order', () => {
    const { changes } = run([prose('a'), item('x'), prose('b')], [prose('b'), prose('new')]);
    expect(changes).toEqual(['changed | prose | step:s › prose:2 | text | "a" → "new"']);
  });

  it('pairs left-overs of the same type in order, as a wording change', () => {
    const { changes } = run([item('x'), prose('old words')], [item('y'), prose('new words')]);
    expect(changes).toEqual(['changed | prose | step:s › prose:1 | text | "old words" → "new words"']);
  });

  it('maps a Show whose key changed to its new container', () => {
    const { matches } = run([item('x'), show('answered(x)', [])], [show('answered(x)', [])]);
    expect(matches).toContainEqual(['step:s/show@x#0', 'step:s/show@^#0']);
  });

  it('reports a changed condition at the old Show and nested content under the new one', () => {
    const { changes } = run([show('a > 1', [prose('in')])], [show('a > 2', [prose('inside')])]);
    expect(changes).toEqual(['changed | condition | step:s › show:a > 1 | when | "a > 1" → "a > 2"', 'changed | prose | step:s › show:a > 2 › prose:1 | text | "in" → "inside"']);
  });

  it('reports coach-note wording and never pairs blocks of different types', () => {
    const note = (text: string): Block => ({ type: 'coach-note', content: [], text });
    const { changes } = run([note('Ask.'), prose('p')], [note('Ask gently.'), { type: 'crisis' }]);
    expect(changes).toEqual([
      'removed | prose | step:s › prose:1',
      'changed | coach-note | step:s › coach-note:1 | text | "Ask." → "Ask gently."',
      '⚠ crisis block | added | crisis | step:s › crisis:1',
    ]);
  });

  it('flags a removed Show that guards crisis content', () => {
    const { changes } = run([show('mood >= 3', [{ type: 'crisis' }])], []);
    expect(changes).toEqual(['⚠ guards crisis content | removed | show | step:s › show:mood >= 3']);
  });
});
