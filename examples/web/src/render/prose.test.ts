// @vitest-environment happy-dom
import type { FlowContent } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { describeDom } from '../../test/support/describe-dom.js';
import { el } from './dom.js';
import { renderFlow } from './prose.js';

const text = (value: string) => ({ type: 'text', value }) as const;

describe('renderFlow', () => {
  it('renders every node kind, shifting headings below the step title', () => {
    const content: FlowContent[] = [
      { type: 'heading', depth: 1, children: [text('Why pacing helps')] },
      {
        type: 'paragraph',
        children: [text('Doing too much on '), { type: 'strong', children: [text('good days')] }, text(' can '), { type: 'emphasis', children: [text('flare')] }, { type: 'break' }, { type: 'inlineCode', value: 'pmr' }],
      },
      { type: 'list', ordered: true, items: [[{ type: 'paragraph', children: [text('Rest')] }], [{ type: 'paragraph', children: [text('Move')] }]] },
      { type: 'blockquote', children: [{ type: 'paragraph', children: [text('Quote')] }] },
      { type: 'thematicBreak' },
      { type: 'heading', depth: 6, children: [text('Deep')] },
    ];
    expect(describeDom(el('div', {}, ...renderFlow(content)))).toMatchInlineSnapshot(`
      "<div>
        <h2>
          "Why pacing helps"
        <p>
          "Doing too much on "
          <strong>
            "good days"
          " can "
          <em>
            "flare"
          <br>
          <code>
            "pmr"
        <ol>
          <li>
            <p>
              "Rest"
          <li>
            <p>
              "Move"
        <blockquote>
          <p>
            "Quote"
        <hr>
        <h6>
          "Deep""
    `);
  });

  it('starts headings at the level asked for', () => {
    const [heading] = renderFlow([{ type: 'heading', depth: 2, children: [text('Plan')] }], { topHeading: 3 });
    expect(heading!.tagName).toBe('H4');
  });

  it('links only https, mailto and tel targets; others keep their text without a link', () => {
    const [paragraph] = renderFlow([
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'tel:988', children: [text('Call 988')] },
          { type: 'link', url: 'javascript:alert(1)', children: [text('Click')] },
          { type: 'link', url: 'http://example.org', children: [text('Plain')] },
        ],
      },
    ]);
    expect(describeDom(paragraph!)).toMatchInlineSnapshot(`
      "<p>
        <a href="tel:988">
          "Call 988"
        <span>
          "Click"
        <span>
          "Plain""
    `);
  });

  it('keeps markup in text as text', () => {
    const [paragraph] = renderFlow([{ type: 'paragraph', children: [text('<script>alert(1)</script>')] }]);
    expect(paragraph!.querySelector('script')).toBeNull();
    expect(paragraph!.textContent).toBe('<script>alert(1)</script>');
  });
});
