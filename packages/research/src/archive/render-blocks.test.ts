import { describe, expect, it } from 'vitest';
import type { Block } from '@copekit/schema';
import { baseBundle } from '../../test/fixtures/base-bundle.js';
import { variant } from '../../test/fixtures/variants.js';
import { tagProblems } from '../../test/html-checks.js';
import { renderBlocks } from './render-blocks.js';
import { renderContext } from './render-context.js';

const paragraph = (value: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] }];

describe('renderBlocks', () => {
  it('renders nested Show blocks as labelled boxes with every branch', () => {
    const blocks: Block[] = [
      {
        type: 'show',
        when: { type: 'answered', ref: { item: 'a' } },
        source: 'answered(a)',
        blocks: [{ type: 'show', when: { type: 'answered', ref: { item: 'b' } }, source: 'not answered(b)', blocks: [{ type: 'prose', content: paragraph('inner'), text: 'inner' }] }],
      },
    ];
    const html = renderBlocks(blocks, renderContext(baseBundle, '../')).value;
    expect(html).toBe(
      '<div class="show">\n<p class="show-label">Shown only when <code>answered(a)</code></p>\n<div class="show">\n<p class="show-label">Shown only when <code>not answered(b)</code></p>\n<div class="prose"><p>inner</p></div>\n</div>\n</div>\n',
    );
  });

  it('marks coach notes "Coach only"', () => {
    const html = renderBlocks([{ type: 'coach-note', content: paragraph('Ask about goals.'), text: 'Ask about goals.' }], renderContext(baseBundle, '')).value;
    expect(html).toBe('<aside class="coach-note">\n<p class="coach-label">Coach only</p>\n<p>Ask about goals.</p>\n</aside>\n');
  });

  it('renders the crisis placeholder with the default region, allowed links only, and the statement', () => {
    const html = renderBlocks([{ type: 'crisis' }], renderContext(baseBundle, '../')).value;
    expect(html).toContain('Default region: United States; <a href="../index.html#crisis">all regions</a>.');
    expect(html).toContain('<a href="tel:988" rel="noopener noreferrer">Call or text 988</a>');
    expect(html).toContain('<p><strong>This program is not a crisis service. Coaches read messages on weekdays.</strong></p>');
    expect(tagProblems(html)).toEqual([]);
    const unsafe = variant((bundle) => {
      bundle.curriculum.crisis.regions[0]!.resources[0]!.href = 'javascript:alert(1)';
    });
    expect(renderBlocks([{ type: 'crisis' }], renderContext(unsafe, '')).value).toContain('<li><strong>Call or text 988</strong>');
  });

  it('says when the default crisis region is not configured', () => {
    const missing = variant((bundle) => {
      bundle.curriculum.crisis.defaultRegion = 'uk';
    });
    const html = renderBlocks([{ type: 'crisis' }], renderContext(missing, '')).value;
    expect(html).toContain('Default region <code>uk</code> (not configured)');
    expect(html).not.toContain('<ul>');
  });
});
