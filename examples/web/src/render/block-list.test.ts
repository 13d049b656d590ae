// @vitest-environment happy-dom
import type { FrameBlock } from '@copekit/engine';
import { describe, expect, it } from 'vitest';
import { recordingContext } from '../../test/support/view-context.js';
import { blockKey, createBlockList } from './block-list.js';

const prose = (value: string): FrameBlock => ({ type: 'prose', content: [{ type: 'paragraph', children: [{ type: 'text', value }] }], text: value });
const yesNo: FrameBlock = {
  type: 'item',
  kind: 'choice',
  id: 'practised',
  label: 'Did you practise?',
  optional: false,
  constraints: { multiple: false, options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] },
  value: null,
  status: 'unanswered',
};
const minutes: FrameBlock = { type: 'item', kind: 'number', id: 'minutes', label: 'How many minutes?', optional: false, constraints: { integer: true }, value: null, status: 'unanswered' };
const crisis: FrameBlock = { type: 'crisis', region: { id: 'us', name: 'United States' }, statement: 'Not a crisis service.', resources: [] };

describe('blockKey', () => {
  it('keys blocks by id, or by content when they have none', () => {
    expect([yesNo, prose('Hello'), crisis].map(blockKey)).toEqual(['item:practised', 'prose:Hello', 'crisis:us']);
  });
});

describe('the block list', () => {
  it('renders every block kind in order and lists its item views', () => {
    const list = createBlockList(recordingContext());
    const added = list.update([prose('Intro'), yesNo, crisis]);
    expect([...list.element.children].map((child) => child.className)).toEqual(['prose', 'item item-choice', 'crisis']);
    expect(added.map((view) => view.id)).toEqual(['practised']);
    expect(list.items().map((view) => view.id)).toEqual(['practised']);
  });

  it('keeps existing views (and their elements) and inserts a revealed question in place', () => {
    const list = createBlockList(recordingContext());
    list.update([prose('Intro'), yesNo, prose('Outro')]);
    const [intro, choice, outro] = [...list.element.children];
    const added = list.update([prose('Intro'), { ...yesNo, value: 'yes', status: 'answered' }, minutes, prose('Outro')]);
    const children = [...list.element.children];
    expect(children[0]).toBe(intro);
    expect(children[1]).toBe(choice);
    expect(children[3]).toBe(outro);
    expect(children[2]!.getAttribute('data-item')).toBe('minutes');
    expect(added.map((view) => view.id)).toEqual(['minutes']);
    expect(choice!.querySelector<HTMLInputElement>('input[value="yes"]')!.checked).toBe(true);
  });

  it('removes hidden blocks and keeps repeated identical blocks apart', () => {
    const list = createBlockList(recordingContext());
    list.update([prose('Same'), yesNo, minutes, prose('Same')]);
    expect(list.element.children).toHaveLength(4);
    list.update([prose('Same'), yesNo, prose('Same')]);
    expect([...list.element.children].map((child) => child.textContent)).toEqual(['Same', expect.stringContaining('Did you practise?'), 'Same']);
    expect(list.items().map((view) => view.id)).toEqual(['practised']);
  });

  it('gives each block with headings its own DOM ids', () => {
    const list = createBlockList(recordingContext());
    list.update([crisis, { ...crisis, region: { id: 'gb', name: 'United Kingdom' } }]);
    const ids = [...list.element.querySelectorAll('h2')].map((heading) => heading.id);
    expect(new Set(ids).size).toBe(2);
  });
});
