import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeHtml, html, SafeHtml } from './html.js';

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('never leaves a raw special character', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(escapeHtml(text)).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/);
      }),
    );
  });
});

describe('html', () => {
  it('escapes text and numbers, keeps built HTML, flattens lists and drops empty values', () => {
    const label = '<script>alert(1)</script>';
    const inner = html`<b>${label}</b>`;
    const out = html`<p title="${label}">${inner}${[html`<i>1</i>`, 2, null]}${false}${undefined}</p>`;
    expect(out.value).toBe('<p title="&lt;script&gt;alert(1)&lt;/script&gt;"><b>&lt;script&gt;alert(1)&lt;/script&gt;</b><i>1</i>2</p>');
    expect(String(out)).toBe(out.value);
  });

  it('inserts SafeHtml made elsewhere as is', () => {
    expect(html`<div>${new SafeHtml('<b>ok</b>')}</div>`.value).toBe('<div><b>ok</b></div>');
  });
});
