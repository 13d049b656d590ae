/**
 * Small reads of MDX JSX elements: which children are components, and the
 * components sitting in a paragraph of their own (`<Cue at="0:10">…</Cue>`
 * on one line is inline JSX inside a paragraph).
 *
 * @module
 */

import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { isReportedByParser } from './prose.js';

/** A component in the tree, as a block or inline. */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A child of a component: its elements, or content that is not one. */
export type ComponentChild = { element: JsxElement } | { other: RootContent };

/**
 * The children of a component that holds only components (`<Choice>`,
 * `<Practice>`): elements written as blocks, and elements written inline in a
 * paragraph with nothing but white space around them. Anything else comes
 * back as `other`; nodes the parser already reported are left out.
 */
export function componentChildren(node: JsxElement): ComponentChild[] {
  const children: ComponentChild[] = [];
  for (const child of node.children as RootContent[]) {
    if (isReportedByParser(child)) continue;
    if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
      children.push({ element: child });
      continue;
    }
    const inline = paragraphComponents(child);
    if (inline !== undefined) {
      for (const element of inline) children.push({ element });
    } else if (!(child.type === 'text' && isBlank(child.value))) {
      children.push({ other: child });
    }
  }
  return children;
}

/**
 * The components of a paragraph that holds nothing else (components written
 * inline on a line of their own, such as `<CoachNote>Ask…</CoachNote>`), or
 * `undefined` for a paragraph of text.
 */
export function paragraphComponents(node: RootContent): MdxJsxTextElement[] | undefined {
  if (node.type !== 'paragraph' || !node.children.every(isElementOrSpace)) return undefined;
  const elements = node.children.filter(
    (child): child is MdxJsxTextElement => child.type === 'mdxJsxTextElement' && !isReportedByParser(child),
  );
  return elements.length === 0 ? undefined : elements;
}

/**
 * The children of a component as flow content: an inline component's
 * phrasing children become one paragraph.
 */
export function flowChildren(node: JsxElement): RootContent[] {
  if (node.type === 'mdxJsxFlowElement') return node.children as RootContent[];
  return node.children.length === 0 ? [] : [{ type: 'paragraph', children: node.children }];
}

function isElementOrSpace(node: RootContent): boolean {
  return node.type === 'mdxJsxTextElement' || isReportedByParser(node) || (node.type === 'text' && isBlank(node.value));
}

/** Whether text is only white space. */
function isBlank(value: string): boolean {
  return !/\S/.test(value);
}

/** `<Name>`, for messages. */
export function tag(node: JsxElement): string {
  return `<${node.name ?? ''}>`;
}
