import { describe, expect, it } from 'vitest';
import type { InstrumentBlock } from '@copekit/schema';
import { baseBundle } from '../../test/fixtures/base-bundle.js';
import { stepOf } from '../../test/fixtures/variants.js';
import { tagProblems } from '../../test/html-checks.js';
import { renderHomework, renderInstrumentBlock, renderPractice, renderScoring } from './render-activity.js';
import { renderContext } from './render-context.js';

const context = renderContext(baseBundle, '../');

describe('renderPractice', () => {
  it('shows a numbered tick per cue, placed by time, and the cue script', () => {
    const html = renderPractice({ type: 'practice', id: 'pmr', title: 'Relax', minutes: 10, cues: [{ at: 0, text: 'Begin.' }, { at: 300, text: 'Halfway.' }] }).value;
    expect(html).toContain('<p class="block-head"><span class="tag">Practice</span> <code>pmr</code> · 10 min · 2 cues</p>');
    expect(html).toContain('<line x1="16" y1="14" x2="16" y2="30"');
    expect(html).toContain('<line x1="320" y1="14" x2="320" y2="30"');
    expect(html).toContain('<text x="624" y="44" font-size="10" text-anchor="end">10:00</text>');
    expect(html).toContain('<ol class="cues"><li><span class="at">0:00</span>Begin.</li><li><span class="at">5:00</span>Halfway.</li></ol>');
    expect(tagProblems(html)).toEqual([]);
  });
});

describe('renderHomework', () => {
  it('states the skill and dose', () => {
    const html = renderHomework({ type: 'homework', id: 'log', skill: 'pmr', per: 'week', times: 3, days: 14, content: [], text: '' }).value;
    expect(html).toContain('skill <code>pmr</code> · 3 times per week for 14 days');
  });
});

describe('renderInstrumentBlock', () => {
  it('links the definition and shows items, risk and scoring', () => {
    const block = stepOf(baseBundle, 'daily-check-in', 'today').blocks[1] as InstrumentBlock;
    const html = renderInstrumentBlock(block, context).value;
    expect(html).toContain('<a href="../index.html#instrument-mood-check">Mood check (original, not validated)</a> version <code>0.1</code> · not validated · licence free');
    expect(html).toContain('id="item-mood-q2"');
    expect(html).toContain('Risk rule <code>mood-q2 &gt; 0</code>');
    expect(html).toContain('a screen is positive at 3 or more');
    expect(tagProblems(html)).toEqual([]);
  });

  it('says when the definition is missing', () => {
    const block: InstrumentBlock = { type: 'instrument', id: 'x', ref: 'unknown', items: [] };
    expect(renderInstrumentBlock(block, context).value).toContain('<span class="risk">definition missing from the bundle</span>');
  });
});

describe('renderScoring', () => {
  it('omits the band table without bands', () => {
    const html = renderScoring(baseBundle.instruments[1]!).value;
    expect(html).toBe('<p>Score: sum of item values, from 0 to 10.</p>\n');
  });
});
