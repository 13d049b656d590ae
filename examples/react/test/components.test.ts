// @vitest-environment happy-dom
/**
 * The React example's building blocks: prose, questions, practice, crisis
 * resources, risk items and storage.
 */
import type { FrameItem, FramePractice, SessionEvent } from '@copekit/engine';
import { riskItems } from '@copekit/engine/frames';
import type { Bundle } from '@copekit/react';
import { createElement, type ReactElement } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { shippedBundle } from '../../web/test/support/shipped-bundle.js';
import { clockTime, Crisis, Practice, StaticBlock } from '../app/Blocks.js';
import { ItemField } from '../app/ItemField.js';
import { isSafeUrl, Prose } from '../app/Prose.js';
import { loadSnapshot, saveSnapshot, snapshotKey } from '../app/storage.js';
import { byLabel, click, renderApp, typeAndLeave, type Rendered } from './render.js';

let rendered: Rendered | undefined;
const show = (element: ReactElement): HTMLElement => {
  rendered = renderApp(element);
  return rendered.container;
};
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

const text = (value: string) => ({ type: 'text' as const, value });

describe('Prose', () => {
  it('renders the markdown tree, links only for https, mailto and tel, and text as text', () => {
    const container = show(
      createElement(Prose, {
        content: [
          { type: 'heading', depth: 1, children: [text('Why')] },
          { type: 'paragraph', children: [text('<b>not bold</b> '), { type: 'strong', children: [text('bold')] }, { type: 'emphasis', children: [text('em')] }, { type: 'inlineCode', value: 'pmr' }, { type: 'break' }] },
          { type: 'paragraph', children: [{ type: 'link', url: 'tel:988', children: [text('Call')] }, { type: 'link', url: 'javascript:alert(1)', children: [text('Bad')] }] },
          { type: 'list', ordered: false, items: [[{ type: 'paragraph', children: [text('One')] }]] },
          { type: 'blockquote', children: [{ type: 'paragraph', children: [text('Quote')] }] },
          { type: 'thematicBreak' },
        ],
      }),
    );
    expect(container.querySelector('h2')!.textContent).toBe('Why');
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('p')!.textContent).toBe('<b>not bold</b> boldempmr');
    expect([...container.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual(['tel:988']);
    expect(container.querySelector('ul li p')!.textContent).toBe('One');
    expect(container.querySelector('blockquote')!.textContent).toBe('Quote');
    expect(container.querySelector('hr')).not.toBeNull();
  });

  it('accepts only safe URL schemes', () => {
    expect(['https://988lifeline.org', 'mailto:a@b.org', 'tel:988'].every(isSafeUrl)).toBe(true);
    expect(['javascript:alert(1)', 'http://x.org', 'data:text/html,x', 'sms:988', 'nonsense'].some(isSafeUrl)).toBe(false);
  });
});

describe('ItemField', () => {
  const base = { id: 'q', label: 'Question', optional: false, value: null, status: 'unanswered' } as const;
  const field = (item: FrameItem, answers: unknown[], error?: string) =>
    show(createElement(ItemField, { item, value: item.value, onAnswer: (value) => void answers.push(value), error }));

  it('renders a rating as a labelled radio group, with the end labels spoken', () => {
    const answers: unknown[] = [];
    const container = field({ ...base, kind: 'rating', constraints: { min: 0, max: 2, minLabel: 'None', maxLabel: 'Worst' } }, answers);
    expect(container.querySelector('fieldset')!.getAttribute('role')).toBe('radiogroup');
    expect(container.querySelector('legend')!.textContent).toBe('Question');
    expect([...container.querySelectorAll('label')].map((label) => label.textContent)).toEqual(['0, None', '1', '2, Worst']);
    click(byLabel('2'));
    expect(answers).toEqual([2]);
  });

  it('sends multiple choices as a list in option order, and null when all are cleared', () => {
    const answers: unknown[] = [];
    const item: FrameItem = { ...base, kind: 'choice', constraints: { multiple: true, options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] }, value: ['b'], status: 'answered' };
    field(item, answers);
    click(byLabel('A'));
    click(byLabel('B'));
    expect(answers).toEqual([['a', 'b'], null]);
  });

  it('reads numbers on leaving the field and shows a problem for other text', () => {
    const answers: unknown[] = [];
    const container = field({ ...base, kind: 'number', constraints: { integer: true, unit: 'minutes' } }, answers);
    expect(container.textContent).toContain('minutes');
    typeAndLeave(byLabel('Question'), 'lots');
    expect(answers).toEqual([]);
    expect(container.querySelector('.field-error')!.textContent).toBe('Enter a number, in digits.');
    expect(byLabel('Question').getAttribute('aria-describedby')).toBe('q-error');
    typeAndLeave(byLabel('Question'), ' 25 ');
    typeAndLeave(byLabel('Question'), '');
    expect(answers).toEqual([25, null]);
  });

  it('shows an error from the step under the question', () => {
    const container = field({ ...base, kind: 'text', constraints: {} }, [], 'Please answer this question.');
    expect(container.querySelector('#q-error')!.textContent).toBe('Please answer this question.');
    expect(byLabel('Question').getAttribute('aria-invalid')).toBe('true');
  });

  it('sends a thought record once every field is filled in', () => {
    const answers: unknown[] = [];
    const item: FrameItem = {
      ...base,
      kind: 'thought-record',
      label: '',
      constraints: { fields: [{ id: 'situation', kind: 'text', label: 'Situation' }, { id: 'intensity', kind: 'rating', label: 'Intensity', min: 0, max: 100 }] },
    };
    const container = field(item, answers);
    expect(container.querySelector('legend')!.textContent).toBe('Thought record');
    typeAndLeave(byLabel('Situation'), 'Stairs');
    expect(answers).toEqual([]);
    typeAndLeave(byLabel('Intensity'), '70');
    expect(answers).toEqual([{ situation: 'Stairs', intensity: 70 }]);
  });
});

describe('blocks', () => {
  const practice: FramePractice = { type: 'practice', id: 'pmr', title: 'Relax', minutes: 2, cues: [{ at: 0, text: 'Sit.' }], status: 'running', elapsed: 61, cue: 0, actions: ['practice.pause', 'practice.complete'] };

  it('formats practice time and shows the timer, the cue and the buttons that apply', () => {
    expect([clockTime(0), clockTime(61.9), clockTime(-1)]).toEqual(['0:00', '1:01', '0:00']);
    const sent: SessionEvent[] = [];
    const container = show(createElement(Practice, { block: practice, send: (event) => sent.push(event) }));
    expect(container.querySelector('[role="timer"]')!.textContent).toBe('1:01');
    expect(container.querySelector('[aria-live="polite"]')!.textContent).toBe('Sit.');
    for (const button of container.querySelectorAll('button')) click(button);
    expect(sent).toEqual([
      { type: 'practice.pause', practice: 'pmr' },
      { type: 'practice.complete', practice: 'pmr' },
    ]);
  });

  it('shows crisis resources with safe links only, and the statement', () => {
    const container = show(
      createElement(Crisis, {
        block: {
          type: 'crisis',
          region: { id: 'us', name: 'United States' },
          statement: 'Not a crisis service.',
          resources: [
            { id: 'call', label: 'Call 988', description: 'Any time.', channel: 'call', contact: '988', href: 'tel:988' },
            { id: 'text', label: 'Text 988', description: 'By text.', channel: 'text', contact: '988', href: 'sms:988' },
          ],
        },
      }),
    );
    expect([...container.querySelectorAll('a')].map((link) => link.textContent)).toEqual(['Call 988']);
    expect(container.querySelector('strong')!.textContent).toBe('Text 988');
    expect(container.textContent).toContain('Not a crisis service.');
  });

  it('renders homework and coach notes', () => {
    const content = [{ type: 'paragraph' as const, children: [text('Relax daily.')] }];
    const homework = show(createElement(StaticBlock, { block: { type: 'homework', id: 'h', skill: 'pmr', per: 'day', times: 1, days: 7, content, text: 'Relax daily.' }, send: () => {} }));
    expect(homework.querySelector('h2')!.textContent).toBe('Your practice plan');
    rendered!.unmount();
    const note = show(createElement(StaticBlock, { block: { type: 'coach-note', content, text: 'Relax daily.' }, send: () => {} }));
    expect(note.querySelector('[role="note"]')!.textContent).toBe('Relax daily.');
  });
});

describe('risk items and storage', () => {
  let bundle: Bundle;
  beforeAll(async () => {
    bundle = await shippedBundle();
  });

  it('finds the risk items of a lesson', () => {
    expect([...riskItems(bundle, 'weekly-mood')].sort()).toEqual(['phq-9-q9', 'self-harm-thoughts']);
    expect(riskItems(bundle, 'daily-check-in').size).toBe(0);
  });

  it('saves and loads snapshots per participant and lesson, passing damaged text on for the engine to refuse', () => {
    const values = new Map<string, string>();
    const storage = { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value), removeItem: (key: string) => void values.delete(key) };
    expect(loadSnapshot(storage, 'p-1', 'daily-check-in')).toBeUndefined();
    const snapshot = { participant: 'p-1', lesson: 'daily-check-in', seq: 3 } as never;
    expect(saveSnapshot(storage, snapshot)).toBe(true);
    expect(loadSnapshot(storage, 'p-1', 'daily-check-in')).toEqual(snapshot);
    values.set(snapshotKey('p-1', 'daily-check-in'), '{broken');
    expect(loadSnapshot(storage, 'p-1', 'daily-check-in')).toBe('{broken');
    expect(saveSnapshot({ ...storage, setItem: () => { throw new Error('QuotaExceededError'); } }, snapshot)).toBe(false);
  });
});
