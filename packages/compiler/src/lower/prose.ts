/**
 * Lowers the supported Markdown subset to the serializable `FlowContent` tree:
 * no positions, no references, nothing to evaluate. Unsupported Markdown is
 * reported; comments, expressions, ESM, raw HTML and images are left out here
 * because the parser already reported them.
 *
 * @module
 */

import type { FlowContent, PhrasingContent } from '@copekit/schema';
import type { Nodes, PhrasingContent as MdastPhrasing, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { reportMisplaced } from './placement.js';

/** Node types the parser reports itself; lowering skips them silently. */
const reportedByParser = new Set([
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
  'html',
  'image',
  'imageReference',
  'code',
  'footnoteDefinition',
  'footnoteReference',
]);

/**
 * Whether the parser already reported a node (expressions other than
 * comments, ESM, raw HTML, images, code, footnotes); lowering leaves such
 * nodes out without a message. JSX with a lowercase, dotted or namespaced
 * name, and fragments, are raw HTML for the parser's `no-html` rule.
 */
export function isReportedByParser(node: Nodes): boolean {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const name = node.name;
    return name === null || /^\p{Ll}/u.test(name) || name.includes('.') || name.includes(':');
  }
  return reportedByParser.has(node.type);
}

/**
 * Lowers one Markdown flow node. Returns `undefined` for nodes that lower to
 * nothing (a paragraph holding only a comment) or that are not supported.
 */
export function lowerFlow(node: RootContent, file: VFile, container: string): FlowContent | undefined {
  switch (node.type) {
    case 'paragraph': {
      const children = lowerPhrasingList(node.children, file, container);
      return children.length === 0 ? undefined : { type: 'paragraph', children };
    }
    case 'heading':
      return { type: 'heading', depth: node.depth, children: lowerPhrasingList(node.children, file, container) };
    case 'list':
      return {
        type: 'list',
        ordered: node.ordered === true,
        items: node.children.map((item) => lowerFlowList(item.children, file, container)),
      };
    case 'blockquote':
      return { type: 'blockquote', children: lowerFlowList(node.children, file, container) };
    case 'thematicBreak':
      return { type: 'thematicBreak' };
    default:
      if (!reportedByParser.has(node.type)) unsupported(node, file);
      return undefined;
  }
}

/**
 * Lowers a list of Markdown flow nodes, reporting components among them as
 * misplaced in `container` (the component holding the text).
 */
export function lowerFlowList(nodes: readonly RootContent[], file: VFile, container: string): FlowContent[] {
  const content: FlowContent[] = [];
  for (const node of nodes) {
    if (node.type === 'mdxJsxFlowElement') {
      if (!isReportedByParser(node)) reportMisplaced(file, node, container);
      continue;
    }
    const lowered = lowerFlow(node, file, container);
    if (lowered !== undefined) content.push(lowered);
  }
  return content;
}

/**
 * Lowers phrasing content: merges adjacent text (left apart by removed
 * comments) and trims whitespace at both ends.
 */
function lowerPhrasingList(nodes: readonly MdastPhrasing[], file: VFile, container: string): PhrasingContent[] {
  const content: PhrasingContent[] = [];
  for (const node of nodes) {
    const lowered = lowerPhrasing(node, file, container);
    if (lowered === undefined) continue;
    const last = content.at(-1);
    if (lowered.type === 'text' && last?.type === 'text') last.value += lowered.value;
    else content.push(lowered);
  }
  trimEdges(content);
  return content;
}

const softBreak = /[ \t]*(?:\r\n?|\n)[ \t]*/g;

function lowerPhrasing(node: MdastPhrasing, file: VFile, container: string): PhrasingContent | undefined {
  switch (node.type) {
    case 'text':
      // A line ending inside a paragraph is a soft break: a space on every channel.
      return { type: 'text', value: node.value.replace(softBreak, ' ') };
    case 'strong':
    case 'emphasis':
      return { type: node.type, children: lowerPhrasingList(node.children, file, container) };
    case 'link':
      return { type: 'link', url: node.url, children: lowerPhrasingList(node.children, file, container) };
    case 'inlineCode':
      return { type: 'inlineCode', value: node.value };
    case 'break':
      return { type: 'break' };
    case 'mdxJsxTextElement':
      if (!isReportedByParser(node)) reportMisplaced(file, node, container);
      return undefined;
    default:
      if (!reportedByParser.has(node.type)) unsupported(node, file);
      return undefined;
  }
}

function trimEdges(content: PhrasingContent[]): void {
  const first = content[0];
  if (first?.type === 'text') {
    first.value = first.value.trimStart();
    if (first.value === '') content.shift();
  }
  const last = content.at(-1);
  if (last?.type === 'text') {
    last.value = last.value.trimEnd();
    if (last.value === '') content.pop();
  }
}

const markdownNames: Record<string, string> = {
  definition: 'Link reference definitions',
  linkReference: 'Reference-style links',
};

function unsupported(node: Nodes, file: VFile): void {
  const name = markdownNames[node.type] ?? `\`${node.type}\``;
  report(file, {
    ruleId: 'unsupported-markdown',
    reason: `${name} are not supported in lessons.`,
    place: node.position,
    fix:
      node.type === 'linkReference' || node.type === 'definition'
        ? 'Write the link inline: `[label](https://…)`.'
        : 'Use paragraphs, headings, lists, blockquotes, emphasis, strong, links, inline code, line breaks or thematic breaks.',
  });
}
