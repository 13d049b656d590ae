/**
 * Explains the errors of mdast-util-mdx-jsx: tags that are well formed but do
 * not pair up. Some of its messages carry the place of the opening tag only
 * inside their text (`Expected a closing tag for `<Step>` (12:1-12:18)`), and
 * none at all for a tag left open at the end of the file: the place is read
 * back from the text.
 *
 * @module
 */

import type { Position } from 'unist';
import { pointAt } from '../position.js';
import { literalLessThan, type Explainer } from './failure.js';
import { excerptThrough, findOpener } from './source-text.js';

const range = String.raw`\((\d+):(\d+)-(\d+):(\d+)\)`;
const unclosed = new RegExp(String.raw`^Expected a closing tag for \`<([^\`]*)>\` ${range}(?: before the end of \`(\w+)\`)?`);
const mismatched = new RegExp(String.raw`^Unexpected closing tag \`</([^\`]*)>\`, expected corresponding closing tag for \`<([^\`]*)>\` \((\d+):(\d+)`);
const crossing = /^Expected the closing tag `<\/([^`]*)>` either after the end of `(\w+)`/;

const containers: Record<string, string> = {
  paragraph: 'paragraph',
  listItem: 'list item',
  blockquote: 'block quote',
  heading: 'heading',
};

/**
 * Explains a mdast-util-mdx-jsx failure.
 *
 * @example
 * explainTagNesting(failure, text)?.reason // => '`<Step>` is never closed.'
 */
export const explainTagNesting: Explainer = (failure, text) => {
  const { message, place } = failure;
  let match = unclosed.exec(message);
  if (match !== null) {
    const [, name = '', line, column, endLine, endColumn, container] = match;
    const opening: Position = {
      start: { line: Number(line), column: Number(column) },
      end: { line: Number(endLine), column: Number(endColumn) },
    };
    const block = container === undefined ? undefined : (containers[container] ?? container);
    const where = block === undefined ? '' : ` before the end of its ${block}`;
    const sameBlock =
      block === undefined
        ? ''
        : ` A tag opened inside a ${block} must be closed in it; put the opening and closing tags of a block on lines of their own.`;
    return {
      reason: `\`<${name}>\` is never closed${where}.`,
      fix: `Close it with \`</${name}>\`, or end it with \`/>\` if it has no content.${sameBlock} ${literalLessThan}`,
      place: opening,
    };
  }
  match = mismatched.exec(message);
  if (match !== null) {
    const [, closing = '', opening = '', line, column] = match;
    return {
      reason: `\`</${closing}>\` does not match the open tag \`<${opening}>\` (line ${line}, column ${column}).`,
      fix: `Close \`<${opening}>\` with \`</${opening}>\`; tags close in the reverse order they were opened.`,
      place,
    };
  }
  match = crossing.exec(message);
  if (match !== null) {
    const [, name = '', container = ''] = match;
    return {
      reason: `\`</${name}>\` closes a tag that was opened outside this ${containers[container] ?? container}.`,
      fix: `Put \`</${name}>\` on its own line, with a blank line before it, or close the tag inside the same ${containers[container] ?? container}.`,
      place,
    };
  }
  switch (failure.ruleId) {
    case 'unexpected-closing-slash': {
      const open = failure.point === undefined ? undefined : findOpener(text, failure.point.offset, '<');
      if (open === undefined || failure.point === undefined) return undefined;
      return {
        reason: `\`${excerptThrough(text, open, '>')}\` closes a tag that was never opened.`,
        fix: `Remove it, or add the matching opening tag before it. ${literalLessThan}`,
        place: pointAt(text, open, failure.point),
      };
    }
    case 'unexpected-attribute':
      return {
        reason: 'A closing tag cannot have attributes.',
        fix: 'Write the closing tag as `</Name>` and put attributes on the opening tag.',
        place,
      };
    case 'unexpected-self-closing-slash':
      return {
        reason: 'A closing tag cannot end with `/>`.',
        fix: 'Write the closing tag as `</Name>`, or use one self-closing tag such as `<Crisis />`.',
        place,
      };
    default:
      return undefined;
  }
};
