/**
 * Markdown content from frames as React elements. Text is always text (React
 * escapes it); links are kept only for `https:`, `mailto:` and `tel:`.
 *
 * @module
 */

import type { FrameProse } from '@copekit/engine';
import type { ReactNode } from 'react';

type Flow = FrameProse['content'][number];
type Phrasing = Extract<Flow, { type: 'paragraph' }>['children'][number];

/** Whether a URL may be a link. */
export function isSafeUrl(url: string): boolean {
  try {
    return ['https:', 'mailto:', 'tel:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Renders flow content; `#` headings become `h2` (the step title is the `h1`). */
export function Prose({ content }: { content: readonly Flow[] }): ReactNode {
  return content.map((node, index) => <FlowNode key={index} node={node} />);
}

function FlowNode({ node }: { node: Flow }): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return <p>{inline(node.children)}</p>;
    case 'heading': {
      const Heading = `h${Math.min(6, node.depth + 1)}` as 'h2';
      return <Heading>{inline(node.children)}</Heading>;
    }
    case 'list': {
      const List = node.ordered ? 'ol' : 'ul';
      return (
        <List>
          {node.items.map((item, index) => (
            <li key={index}>
              <Prose content={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'blockquote':
      return (
        <blockquote>
          <Prose content={node.children} />
        </blockquote>
      );
    case 'thematicBreak':
      return <hr />;
  }
}

function inline(children: readonly Phrasing[]): ReactNode {
  return children.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'strong':
        return <strong key={index}>{inline(node.children)}</strong>;
      case 'emphasis':
        return <em key={index}>{inline(node.children)}</em>;
      case 'inlineCode':
        return <code key={index}>{node.value}</code>;
      case 'break':
        return <br key={index} />;
      case 'link':
        return isSafeUrl(node.url) ? (
          <a key={index} href={node.url}>
            {inline(node.children)}
          </a>
        ) : (
          <span key={index}>{inline(node.children)}</span>
        );
    }
  });
}
