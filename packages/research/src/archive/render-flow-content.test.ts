import { describe, expect, it } from 'vitest';
import type { FlowContent } from '@copekit/schema';
import { renderFlowContent } from './render-flow-content.js';

const text = (value: string) => ({ type: 'text' as const, value });

describe('renderFlowContent', () => {
  it('renders every kind of node', () => {
    const content: FlowContent[] = [
      { type: 'heading', depth: 1, children: [text('Why')] },
      { type: 'paragraph', children: [text('A '), { type: 'strong', children: [text('b')] }, { type: 'emphasis', children: [text('c')] }, { type: 'inlineCode', value: 'd' }, { type: 'break' }] },
      { type: 'list', ordered: true, items: [[{ type: 'paragraph', children: [text('one')] }]] },
      { type: 'list', ordered: false, items: [[{ type: 'paragraph', children: [text('two')] }]] },
      { type: 'blockquote', children: [{ type: 'paragraph', children: [text('q')] }] },
      { type: 'thematicBreak' },
      { type: 'heading', depth: 6, children: [text('deep')] },
    ];
    expect(renderFlowContent(content).value).toBe(
      '<h4 class="prose-heading">Why</h4><p>A <strong>b</strong><em>c</em><code>d</code><br></p><ol><li><p>one</p></li></ol><ul><li><p>two</p></li></ul><blockquote><p>q</p></blockquote><hr><h6 class="prose-heading">deep</h6>',
    );
  });

  it('escapes every text node and code span', () => {
    const content: FlowContent[] = [{ type: 'paragraph', children: [text('<script>alert(1)</script> & "x"'), { type: 'inlineCode', value: '<img onerror=x>' }] }];
    expect(renderFlowContent(content).value).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;<code>&lt;img onerror=x&gt;</code></p>');
  });

  it('links only to https, mailto and tel, escaping the address', () => {
    const link = (url: string) => ({ type: 'paragraph' as const, children: [{ type: 'link' as const, url, children: [text('go')] }] });
    expect(renderFlowContent([link('https://988lifeline.org/?a=1&b="2"')]).value).toBe('<p><a href="https://988lifeline.org/?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer">go</a></p>');
    expect(renderFlowContent([link('tel:988')]).value).toContain('href="tel:988"');
    expect(renderFlowContent([link('mailto:coach@example.org')]).value).toContain('href="mailto:coach@example.org"');
    const blocked = renderFlowContent([link('javascript:alert(1)')]).value;
    expect(blocked).not.toContain('href');
    expect(blocked).not.toContain('javascript');
    expect(blocked).toContain('<span class="blocked-link"');
  });
});
