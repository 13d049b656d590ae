/**
 * Explains the errors of micromark-extension-mdx-jsx: a `<` that does not
 * start a valid tag. In prose this is usually a literal `<` (`score <mild`,
 * `<3`), an HTML comment or an autolink; inside a real tag, a malformed
 * attribute. The tokenizer reports where it stopped, which for a broken name
 * can be the end of the file: those are moved back to the `<`. A broken tag
 * with a lowercase name (`<mild and low.`) is taken for prose, since Copekit
 * components are capitalised; a capitalised one for a component with a
 * malformed attribute, reported at the character at fault.
 *
 * @module
 */

import { pointAt } from '../position.js';
import { literalLessThan, literalLessThanAs, type Explainer, type Explanation, type ParseFailure } from './failure.js';
import { excerpt, findOpener, tagNameAt } from './source-text.js';

const crash = /^Unexpected (?:end of file|character .*? \(U\+[\dA-F]+\)) (.+?), expected/;

const nameStates = new Set([
  'in name',
  'after name',
  'before member name',
  'in member name',
  'after member name',
  'before local name',
  'in local name',
  'after local name',
]);

const attributeHint =
  'Attributes are written `name="value"`, `min={0}` or a bare `multiple`, separated by spaces, and a tag ends with `>` or `/>`.';

/**
 * Explains a micromark-extension-mdx-jsx failure.
 *
 * @example
 * explainTagSyntax(failure, 'The score <mild.')?.reason
 * // => '`<mild.` is read as the start of a tag, but it is not one.'
 */
export const explainTagSyntax: Explainer = (failure, text) => {
  if (failure.ruleId === 'unexpected-lazy') {
    return {
      reason: 'This line continues a tag that started in a block quote or list, but is not part of it.',
      fix: 'Start the line with `>` inside a block quote, or indent it like the rest of the list item.',
      place: failure.place,
    };
  }
  const at = crash.exec(failure.message)?.[1];
  const point = failure.point;
  if (at === undefined || point === undefined) return undefined;
  const open = findOpener(text, point.offset, '<');
  if (open === undefined) return undefined;
  const opener = pointAt(text, open, point);
  const eof = failure.ruleId === 'unexpected-eof';
  const char = eof ? undefined : String.fromCodePoint(text.codePointAt(point.offset) ?? 0);
  if (at === 'before name') return explainBadStart(text, open, char, opener);
  // Copekit components are capitalised: a broken lowercase tag is prose.
  if (nameStates.has(at) || (at !== 'in attribute value' && /^\p{Ll}/u.test(tagNameAt(text, open)))) {
    return explainBadName(text, open, point.offset, at, char, opener);
  }
  return explainBadAttribute(text, open, failure, at, char, eof ? opener : failure.place);
};

/** `<` followed by something that cannot start a name: `<3`, `<!--`, `<=`. */
function explainBadStart(text: string, open: number, char: string | undefined, place: Explanation['place']): Explanation {
  if (char === '!') {
    return {
      reason: 'HTML comments (`<!-- … -->`) are not supported.',
      fix: `Write a comment as \`{/* comment */}\`. ${literalLessThan}`,
      place,
    };
  }
  const quoted = excerpt(text, open, open + 2);
  return {
    reason: `\`${quoted}\` is read as the start of a tag, but it is not one.`,
    fix: literalLessThanAs(quoted),
    place,
  };
}

/** `<` and a name that goes wrong: `<mild.`, `<me@example.com>`, `<https://…>`. */
function explainBadName(
  text: string,
  open: number,
  offset: number,
  at: string,
  char: string | undefined,
  place: Explanation['place'],
): Explanation {
  const quoted = excerpt(text, open, char === undefined ? undefined : offset + 1, 20);
  if (char === '@' || (char === '/' && at === 'before local name')) {
    const close = text.indexOf('>', open);
    const address = excerpt(text, open + 1, close === -1 ? undefined : close, 40);
    const link = char === '@' ? `[${address}](mailto:${address})` : `[text](${address})`;
    return {
      reason: `\`<${address}>\` is read as a tag: links in angle brackets are not supported.`,
      fix: `Write the link as \`${link}\`. ${literalLessThan}`,
      place,
    };
  }
  return {
    reason: `\`${quoted}\` is read as the start of a tag, but it is not one.`,
    fix: `${literalLessThanAs(quoted)} Components are written like \`<Step id="intro">\`.`,
    place,
  };
}

/** A tag with a name whose attributes go wrong: `<Step id=a>`, `<Step "x">`. */
function explainBadAttribute(
  text: string,
  open: number,
  failure: ParseFailure,
  at: string,
  char: string | undefined,
  place: Explanation['place'],
): Explanation {
  const tag = `<${tagNameAt(text, open)}>`;
  const ifProse = `If this is not meant to be a tag, write the \`<\` as \`\\<\`.`;
  if (at === 'in attribute value' && failure.point !== undefined) {
    const quote = /closing quote `(["'])`/.exec(failure.message)?.[1] === "'" ? "'" : '"';
    const opening = findOpener(text, failure.point.offset, quote);
    return {
      reason: `A quoted attribute value in \`${tag}\` is never closed.`,
      fix: `Add the closing \`${quote}\` after the value.`,
      place: opening === undefined ? place : pointAt(text, opening, failure.point),
    };
  }
  if (at === 'before attribute value') {
    return {
      reason: `An attribute value in \`${tag}\` must be in quotes${char === undefined ? '' : `, not start with \`${char}\``}.`,
      fix: `Write \`name="value"\`, or a number or true/false in braces such as \`min={0}\`. ${ifProse}`,
      place,
    };
  }
  if (at === 'after self-closing slash') {
    return { reason: `In \`${tag}\`, \`/\` must be followed by \`>\`.`, fix: `End the tag with \`/>\`. ${ifProse}`, place };
  }
  return {
    reason: `Unexpected ${char === undefined ? 'end of file' : `\`${char}\``} in the tag \`${tag}\`.`,
    fix: `${attributeHint} ${ifProse}`,
    place,
  };
}
