/**
 * Renders the serializable markdown tree of prose, homework and coach notes.
 *
 * @module
 */

import type { FlowContent, PhrasingContent } from '@copekit/schema';
import { el } from './dom.js';
import { safeUrl } from './safe-url.js';

/** Options of {@link renderFlow}. */
export interface FlowOptions {
  /** Heading level that a markdown `#` heading becomes (the step title is the page's `h1`). Default 2. */
  topHeading?: number;
}

/**
 * Flow content as DOM nodes.
 *
 * @example
 * ```ts
 * container.append(...renderFlow(block.content));
 * ```
 */
export function renderFlow(content: readonly FlowContent[], options: FlowOptions = {}): HTMLElement[] {
  const top = options.topHeading ?? 2;
  return content.map((node) => renderBlock(node, top));
}

function renderBlock(node: FlowContent, top: number): HTMLElement {
  switch (node.type) {
    case 'paragraph':
      return el('p', {}, ...renderPhrasing(node.children));
    case 'heading': {
      const level = Math.min(6, Math.max(1, top + node.depth - 1)) as 1 | 2 | 3 | 4 | 5 | 6;
      return el(`h${level}`, {}, ...renderPhrasing(node.children));
    }
    case 'list':
      return el(node.ordered ? 'ol' : 'ul', {}, ...node.items.map((item) => el('li', {}, ...item.map((child) => renderBlock(child, top)))));
    case 'blockquote':
      return el('blockquote', {}, ...node.children.map((child) => renderBlock(child, top)));
    case 'thematicBreak':
      return el('hr');
  }
}

/** Inline content as DOM nodes. */
export function renderPhrasing(children: readonly PhrasingContent[]): Node[] {
  return children.map(renderInline);
}

function renderInline(node: PhrasingContent): Node {
  switch (node.type) {
    case 'text':
      return document.createTextNode(node.value);
    case 'strong':
      return el('strong', {}, ...renderPhrasing(node.children));
    case 'emphasis':
      return el('em', {}, ...renderPhrasing(node.children));
    case 'inlineCode':
      return el('code', {}, node.value);
    case 'break':
      return el('br');
    case 'link': {
      const href = safeUrl(node.url);
      const text = renderPhrasing(node.children);
      return href === null ? el('span', {}, ...text) : el('a', { href }, ...text);
    }
  }
}
