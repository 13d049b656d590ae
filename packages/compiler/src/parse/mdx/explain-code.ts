/**
 * Explains errors of the parts of MDX that read JavaScript: `{…}` expressions
 * (micromark-extension-mdx-expression) and `import`/`export` lines
 * (micromark-extension-mdxjs-esm). acorn reports the character inside the
 * code where it failed; authors need the `{` or the line that started it.
 *
 * @module
 */

import { pointAt } from '../position.js';
import { literalBrace, type Explainer, type Explanation, type ParseFailure } from './failure.js';
import { excerptThrough, findEsmStart, findOpener, tagNameAt } from './source-text.js';

const attributeValues = 'Attribute values are text in quotes, or a number or true/false in braces such as `min={0}`.';

/**
 * Explains a micromark-extension-mdx-expression failure.
 *
 * @example
 * explainExpression(failure, 'a {b c} d')?.reason // => '`{b c}` is read as code, and lessons may not contain code.'
 */
export const explainExpression: Explainer = (failure, text) => {
  if (failure.ruleId === 'unexpected-lazy') {
    return {
      reason: 'This line continues a `{…}` that started in a block quote or list, but is not part of it.',
      fix: `Start the line with \`>\` inside a block quote, or indent it like the rest of the list item. ${literalBrace}`,
      place: failure.place,
    };
  }
  const open = failure.point === undefined ? undefined : findOpener(text, failure.point.offset, '{');
  if (open === undefined || failure.point === undefined) return undefined;
  const place = pointAt(text, open, failure.point);
  switch (failure.ruleId) {
    case 'unexpected-eof':
      return {
        reason: '`{` starts code that is never closed.',
        fix: `${literalBrace} Comments are written \`{/* like this */}\`.`,
        place,
      };
    case 'non-spread':
    case 'spread-extra':
      return inTag(text, open, place);
    default:
      return asCode(text, open, place);
  }
};

/**
 * Explains a micromark-extension-mdxjs-esm failure: a line starting with
 * `import` or `export` that is not valid JavaScript.
 *
 * @example
 * explainEsm(failure, 'export const = 1')?.place // => { line: 1, column: 1, offset: 0 }
 */
export const explainEsm: Explainer = (failure: ParseFailure, text: string) => {
  if (failure.point === undefined) return undefined;
  const start = findEsmStart(text, failure.point.offset);
  return {
    reason: 'A line starting with `import` or `export` is read as JavaScript, and lessons may not contain code.',
    fix: 'Remove the line. To start a line of text with this word, reword it or capitalise it (`Export …`).',
    place: start === undefined ? failure.place : pointAt(text, start, failure.point),
  };
};

/** `{…}` in a tag that is not an attribute (`<Step {id}>`). */
function inTag(text: string, open: number, place: Explanation['place']): Explanation {
  const tagStart = findOpener(text, open, '<');
  const tag = tagStart === undefined ? 'a tag' : `the tag \`<${tagNameAt(text, tagStart)}>\``;
  return {
    reason: `\`${excerptThrough(text, open, '}')}\` in ${tag} is read as code.`,
    fix: `Write attributes as \`name="value"\`. ${attributeValues}`,
    place,
  };
}

/** `{…}` that acorn cannot parse, in prose or as an attribute value. */
function asCode(text: string, open: number, place: Explanation['place']): Explanation {
  const code = excerptThrough(text, open, '}');
  const isAttributeValue = /=\s*$/.test(text.slice(Math.max(0, open - 10), open));
  return {
    reason: `\`${code}\` is read as code, and lessons may not contain code.`,
    fix: isAttributeValue ? attributeValues : `${literalBrace} Comments are written \`{/* like this */}\`.`,
    place,
  };
}
