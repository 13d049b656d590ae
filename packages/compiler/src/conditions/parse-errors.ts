/**
 * Syntax errors the parser raises where a condition is missing, incomplete
 * or not joined to the next one; each says what was expected and shows an
 * example.
 *
 * @module
 */

import { fail } from './syntax-error.js';
import { isKeyword, type OperandToken, type Token } from './tokenize.js';
import { suggest } from '../suggest.js';

/** The example every message about a missing comparison shows. */
export const example = 'like `pain-now >= 7`';

const functions = ['answered', 'includes'];

/** A condition ended, but `token` is not `and`, `or`, `)` or the end. */
export function failAfterCondition(token: Token): never {
  fail(
    `Expected \`and\`, \`or\` or the end of the condition before ${describe(token)}.`,
    'Join conditions with `and` or `or`, like `pain-now >= 7 and answered(mood)`.',
    token.start,
    token.end,
  );
}

/** A value (`left`) is followed by `next` instead of a comparison operator. */
export function failLoneOperand(left: OperandToken, next: Token): never {
  const text = textOf(left);
  if (left.kind === 'ref' && next.kind === '(') {
    const guess = left.ref.lesson === undefined ? suggest(left.ref.item, functions) : undefined;
    fail(
      `\`${text}(…)\` is not something conditions can check.`,
      guess === undefined ? "Conditions know `answered(id)` and `includes(id, 'value')`." : `Did you mean \`${guess}\`?`,
      left.start,
      left.end,
    );
  }
  if (next.kind === 'end' || next.kind === ')' || isKeyword(next, 'and') || isKeyword(next, 'or')) {
    fail(
      `\`${text}\` alone is not a condition.`,
      left.kind === 'ref' ? `Compare it, like \`${text} >= 7\`, or check \`answered(${text})\`.` : `Compare an item with it, like \`pain-now == ${text}\`.`,
      left.start,
      left.end,
    );
  }
  fail(`Expected a comparison (\`==\`, \`!=\`, \`<\`, \`<=\`, \`>\`, \`>=\`) before ${describe(next)}.`, `Compare two values, ${example}.`, next.start, next.end);
}

/** A condition was expected at `token`, which follows `previous` (if any). */
export function failMissingCondition(token: Token, previous: Token | undefined): never {
  const place = previous === undefined ? '' : ` after ${describe(previous)}`;
  if (token.kind === 'end') fail(`The condition ends too early: a condition is missing${place}.`, `Complete it, ${example}.`, token.start, token.end);
  if (token.kind === 'operator') {
    fail(`A comparison needs a value before \`${token.operator}\`.`, `Put an id or a value on both sides, ${example}.`, token.start, token.end);
  }
  fail(`Expected a condition${place}, not ${describe(token)}.`, `Write a condition there, ${example}.`, token.start, token.end);
}

/** The token as an author wrote it (text in single quotes). */
function textOf(token: Token): string {
  switch (token.kind) {
    case 'ref':
    case 'number':
      return token.text;
    case 'string':
      return `'${token.value}'`;
    case 'keyword':
      return token.keyword;
    case 'operator':
      return token.operator;
    default:
      return token.kind;
  }
}

/** `the end`, or the token in backticks. */
function describe(token: Token): string {
  return token.kind === 'end' ? 'the end' : `\`${textOf(token)}\``;
}
