/**
 * A readable outline of a DOM tree for inline snapshots: one line per
 * element (`tag attr="value"`), text nodes quoted, children indented.
 * Reads nodes one by one (no HTML serialization).
 */

/** The outline of `node`. */
export function describeDom(node: Node, indent = ''): string {
  if (node.nodeType === 3) {
    const text = node.textContent ?? '';
    return text.trim() === '' ? '' : `${indent}${JSON.stringify(text)}`;
  }
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const attributes = [...element.attributes].map((attribute) => (attribute.value === '' ? ` ${attribute.name}` : ` ${attribute.name}="${attribute.value}"`)).join('');
  const children = [...element.childNodes].map((child) => describeDom(child, `${indent}  `)).filter((line) => line !== '');
  return [`${indent}<${element.tagName.toLowerCase()}${attributes}>`, ...children].join('\n');
}
