import { describe, expect, it } from 'vitest';
import type { Item } from '@copekit/schema';
import { baseBundle } from '../../test/fixtures/base-bundle.js';
import { tagProblems } from '../../test/html-checks.js';
import { renderContext } from './render-context.js';
import { renderItem } from './render-item.js';

const context = renderContext(baseBundle, '../');
const render = (item: Item) => renderItem(item, context).value;

describe('renderItem', () => {
  it('shows kind, id, required state, label and constraints of each kind', () => {
    expect(render({ kind: 'rating', id: 'p', label: 'Pain', optional: false, min: 0, max: 10, minLabel: 'None' })).toContain('<p>Whole number from 0 (None) to 10.</p>');
    expect(render({ kind: 'number', id: 'n', label: 'Steps', optional: true, integer: false, max: 5, unit: 'km' })).toContain('<p>Number, at most 5, in km.</p>');
    expect(render({ kind: 'number', id: 'n', label: 'Steps', optional: true, integer: true })).toContain('<p>Whole number.</p>');
    expect(render({ kind: 'text', id: 't', label: 'Notes', optional: true })).toContain('<p>Free text.</p>');
    const choice = render({ kind: 'choice', id: 'c', label: 'Pick', optional: false, multiple: false, options: [{ value: 'a', label: 'A' }] });
    expect(choice).toContain('<p>Choose one of:</p>\n<ul class="options"><li><code>a</code> A</li></ul>');
    expect(choice).toContain('<span class="tag">Choice</span> <code>c</code> · required');
    const record = render({ kind: 'thought-record', id: 'tr', label: 'Record', optional: false, fields: [{ id: 'intensity', kind: 'rating', label: 'How strong?' }, { id: 'thought', kind: 'text', label: 'Thought' }] });
    expect(record).toContain('<tr><td><code>intensity</code></td><td>How strong?</td><td>rating 0–100</td></tr><tr><td><code>thought</code></td><td>Thought</td><td>text</td></tr>');
    expect(record).toContain('<span class="tag">Thought record</span>');
  });

  it('marks risk rules with a link to the safety lesson', () => {
    const html = render({ kind: 'choice', id: 'safe', label: 'Safe?', optional: false, multiple: false, options: [], risk: { type: 'compare', op: '==', left: { type: 'ref', ref: { item: 'safe' } }, right: { type: 'string', value: 'no' } } });
    expect(html).toContain(`<p class="risk">⚠ Risk rule <code>safe == &#39;no&#39;</code>: an answer that meets it starts the safety flow (<a href="../lessons/safety-check.html">safety-check</a>)`);
    expect(tagProblems(html)).toEqual([]);
  });

  it('names the instrument item it asks', () => {
    expect(render({ kind: 'scale', id: 'mood-q1', label: 'Down', optional: false, points: [], instrument: { id: 'mood-check', item: 'q1', block: 'mood' } })).toContain(
      '· item <code>q1</code> of instrument <code>mood-check</code>',
    );
  });
});
