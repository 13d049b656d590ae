/**
 * Plain text of a `FlowContent` tree, for voice and SMS: paragraphs separated
 * by a blank line, list items as `- ` / `1. ` lines, links as `label (url)`
 * with `tel:` and `mailto:` reduced to the number or address.
 *
 * @module
 */

import type { FlowContent, PhrasingContent } from '@copekit/schema';

/**
 * The plain text of flow content.
 *
 * @example
 * toPlainText([{ type: 'paragraph', children: [{ type: 'text', value: 'Hi' }] }]) // => 'Hi'
 */
export function toPlainText(content: readonly FlowContent[]): string {
  const parts: string[] = [];
  for (const node of content) {
    const text = flowText(node);
    if (text !== '') parts.push(text);
  }
  return parts.join('\n\n');
}

function flowText(node: FlowContent): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return phrasingText(node.children);
    case 'blockquote':
      return toPlainText(node.children);
    case 'list':
      return node.items
        .map((item, index) => listItemText(item, node.ordered ? `${index + 1}. ` : '- '))
        .join('\n');
    case 'thematicBreak':
      return '';
  }
}

/** One list item: the marker, then its content with later lines indented. */
function listItemText(item: readonly FlowContent[], marker: string): string {
  const lines = item
    .map(flowText)
    .filter((text) => text !== '')
    .join('\n')
    .split('\n');
  const indent = ' '.repeat(marker.length);
  return lines.map((line, index) => (index === 0 ? marker + line : line === '' ? '' : indent + line)).join('\n');
}

/** Plain text of inline content. */
function phrasingText(nodes: readonly PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) text += inlineText(node);
  return text;
}

function inlineText(node: PhrasingContent): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'strong':
    case 'emphasis':
      return phrasingText(node.children);
    case 'link':
      return linkText(phrasingText(node.children), node.url);
  }
}

/** `label (target)`, or only the label when it already says the target. */
function linkText(label: string, url: string): string {
  const target = /^(?:tel|mailto):/i.test(url) ? url.slice(url.indexOf(':') + 1) : url;
  if (label === '' || label === target || label === url) return target;
  return `${label} (${target})`;
}
