/**
 * Renders the prose tree to HTML: every text node escaped, links only to
 * `https:`, `mailto:` and `tel:` (others become plain text).
 *
 * @module
 */

import type { FlowContent, PhrasingContent } from '@copekit/schema';
import { html, type SafeHtml } from './html.js';
import { isAllowedUrl } from './safe-url.js';

/**
 * Renders flow content (paragraphs, headings, lists, blockquotes, breaks).
 * Headings are shifted so a lesson's `#` sits below the page's own headings.
 *
 * @example
 * ```ts
 * renderFlowContent([{ type: 'paragraph', children: [{ type: 'text', value: 'Rest <now>' }] }]).value;
 * // => '<p>Rest &lt;now&gt;</p>'
 * ```
 */
export function renderFlowContent(content: readonly FlowContent[]): SafeHtml {
  return html`${content.map(renderFlow)}`;
}

function renderFlow(node: FlowContent): SafeHtml {
  switch (node.type) {
    case 'paragraph':
      return html`<p>${renderPhrasing(node.children)}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(4, node.depth + 3));
      return html`<h${level} class="prose-heading">${renderPhrasing(node.children)}</h${level}>`;
    }
    case 'list': {
      const items = node.items.map((item) => html`<li>${renderFlowContent(item)}</li>`);
      return node.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    case 'blockquote':
      return html`<blockquote>${renderFlowContent(node.children)}</blockquote>`;
    case 'thematicBreak':
      return html`<hr>`;
  }
}

function renderPhrasing(nodes: readonly PhrasingContent[]): SafeHtml {
  return html`${nodes.map(renderInline)}`;
}

function renderInline(node: PhrasingContent): SafeHtml {
  switch (node.type) {
    case 'text':
      return html`${node.value}`;
    case 'strong':
      return html`<strong>${renderPhrasing(node.children)}</strong>`;
    case 'emphasis':
      return html`<em>${renderPhrasing(node.children)}</em>`;
    case 'inlineCode':
      return html`<code>${node.value}</code>`;
    case 'break':
      return html`<br>`;
    case 'link':
      return isAllowedUrl(node.url)
        ? html`<a href="${node.url}" rel="noopener noreferrer">${renderPhrasing(node.children)}</a>`
        : html`<span class="blocked-link" title="Link removed: only https:, mailto: and tel: links are allowed">${renderPhrasing(node.children)}</span>`;
  }
}
