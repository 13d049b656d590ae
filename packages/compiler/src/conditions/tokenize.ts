/**
 * Splits condition text into tokens: ids (`pain-now`, `lesson-id.item-id`),
 * keywords, numbers, quoted strings, comparison operators and punctuation.
 * Mistakes authors are likely to make (JavaScript operators, curly quotes,
 * capital letters in ids) get their own messages.
 *
 * @module
 */

import type { CompareOperator, ItemRef } from '@copekit/schema';
import { fail } from './syntax-error.js';

/** Words with a meaning of their own; they cannot be used as ids. */
export const keywords = ['and', 'or', 'not', 'answered', 'includes'] as const;

/** A keyword. */
export type Keyword = (typeof keywords)[number];

/** One token with its range `[start, end)` in the condition text. */
export type Token = { start: number; end: number } & (
  | { kind: 'ref'; ref: ItemRef; text: string }
  | { kind: 'keyword'; keyword: Keyword }
  | { kind: 'number'; value: number; text: string }
  | { kind: 'string'; value: string }
  | { kind: 'operator'; operator: CompareOperator }
  | { kind: '(' | ')' | ',' | 'end' }
);

/** A token that can be one side of a comparison. */
export type OperandToken = Extract<Token, { kind: 'ref' | 'number' | 'string' }>;

/** Whether a token can be one side of a comparison. */
export function isOperandToken(token: Token): token is OperandToken {
  return token.kind === 'ref' || token.kind === 'number' || token.kind === 'string';
}

/** Whether a token is the given keyword. */
export function isKeyword(token: Token, keyword: Keyword): boolean {
  return token.kind === 'keyword' && token.keyword === keyword;
}

const idPart = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const nameChunk = /[A-Za-z_][\w.-]*/y;
const numberChunk = /-?\.?\d[\w.-]*/y;
const plainNumber = /^-?\d+(?:\.\d+)?$/;
const space = /\s/;
const curlyQuotes = '\u2018\u2019\u201C\u201D';

/** Operators of other languages that authors may write, with a message and a fix. */
const operatorMistakes: Record<string, [string, string]> = {
  '===': ['`===` is not part of the condition language.', 'Write `==` to compare.'],
  '!==': ['`!==` is not part of the condition language.', 'Write `!=` to compare.'],
  '=>': ['`=>` is not a comparison.', 'Write `>=` for "at least".'],
  '=<': ['`=<` is not a comparison.', 'Write `<=` for "at most".'],
  '&&': ['`&&` is not part of the condition language.', 'Write `and`.'],
  '||': ['`||` is not part of the condition language.', 'Write `or`.'],
  '=': ['A single `=` is not a comparison.', 'Write `==` to check that two values are equal.'],
  '!': ['`!` is not part of the condition language.', 'Write `not` before a condition, or `!=` for "is not equal to".'],
  '&': ['`&` is not part of the condition language.', 'Write `and`.'],
  '|': ['`|` is not part of the condition language.', 'Write `or`.'],
};
const operators: readonly CompareOperator[] = ['==', '!=', '<=', '>=', '<', '>'];
/** Every symbol the tokenizer knows, longest first, so `===` is not read as `==` and `=`. */
const symbols = [...Object.keys(operatorMistakes), ...operators].sort((a, b) => b.length - a.length);

/**
 * Tokenizes condition text. The last token is always `end`.
 *
 * @throws {ConditionSyntaxFailure} on text that is not a token of the language.
 * @example
 * ```ts
 * tokenize('pain-now >= 7').map((token) => token.kind); // => ['ref', 'operator', 'number', 'end']
 * ```
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    if (space.test(source[index]!)) {
      index++;
    } else {
      const token = readToken(source, index);
      tokens.push(token);
      index = token.end;
    }
  }
  tokens.push({ kind: 'end', start: source.length, end: source.length });
  return tokens;
}

function readToken(source: string, start: number): Token {
  const char = source[start]!;
  if (char === '(' || char === ')' || char === ',') return { kind: char, start, end: start + 1 };
  if (char === "'" || char === '"') return readString(source, start);
  if (/[\d.-]/.test(char)) return readNumber(source, start);
  if (/[A-Za-z_]/.test(char)) return readName(source, start);
  return readOperator(source, start);
}

function readOperator(source: string, start: number): Token {
  const symbol = symbols.find((candidate) => source.startsWith(candidate, start));
  if (symbol !== undefined) {
    const end = start + symbol.length;
    const mistake = operatorMistakes[symbol];
    if (mistake !== undefined) fail(mistake[0], mistake[1], start, end);
    return { kind: 'operator', operator: symbol as CompareOperator, start, end };
  }
  const char = String.fromCodePoint(source.codePointAt(start)!);
  const end = start + char.length;
  if (curlyQuotes.includes(char)) {
    fail('Curly quotes cannot mark text in a condition.', `Use straight quotes: 'like this' or "like this".`, start, end);
  }
  if ('+*/%'.includes(char)) {
    fail(`Conditions cannot calculate (\`${char}\`).`, 'Compare an item with a fixed value, like `pain-now >= 7`.', start, end);
  }
  fail(`Unexpected \`${char}\` in the condition.`, 'Conditions use ids, numbers, quoted text, `== != < <= > >=`, `and`, `or`, `not` and parentheses.', start, end);
}

function readString(source: string, start: number): Token {
  const quote = source[start]!;
  let value = '';
  let index = start + 1;
  while (index < source.length) {
    const char = source[index]!;
    if (char === quote) return { kind: 'string', value, start, end: index + 1 };
    if (char === '\\') {
      const next = source[index + 1];
      if (next !== '\\' && next !== "'" && next !== '"') {
        fail(
          'A backslash in quoted text must be followed by a quote or another backslash.',
          "Write \\' for a quote and \\\\ for a backslash, or remove the backslash.",
          index,
          Math.min(index + 2, source.length),
        );
      }
      value += next;
      index += 2;
    } else {
      value += char;
      index++;
    }
  }
  fail('This quoted text has no closing quote.', `End the text with ${quote}.`, start, source.length);
}

function readNumber(source: string, start: number): Token {
  numberChunk.lastIndex = start;
  const match = numberChunk.exec(source);
  if (match === null) {
    const end = start + 1;
    if (source[start] === '-') {
      fail('A minus sign must be followed by digits, like `-1`; conditions cannot subtract.', 'Write a negative number as `-1`, or remove the `-`.', start, end);
    }
    fail('Unexpected `.` in the condition.', "A dot only joins a lesson id and an item id, with no spaces: `lesson-id.item-id`.", start, end);
  }
  const text = match[0];
  const end = start + text.length;
  if (plainNumber.test(text)) return { kind: 'number', value: Number(text), text, start, end };
  if (/^-?\./.test(text)) fail(`\`${text}\` is not a number.`, 'Put a digit before the decimal point, like `0.5`.', start, end);
  if (/^-?\d+\.$/.test(text)) fail(`\`${text}\` is not a number.`, 'Remove the `.`, or write digits after it, like `2.5`.', start, end);
  if (/^-?\d+(?:\.\d+)?-/.test(text)) {
    fail(`\`${text}\` is not a number; conditions cannot subtract.`, 'Compare an item with a fixed number, like `pain-now >= 7`.', start, end);
  }
  fail(
    `\`${text}\` is neither a number nor an id.`,
    'Write numbers with digits and an optional decimal point (`7`, `2.5`, `-1`); ids start with a letter (`pain-now`).',
    start,
    end,
  );
}

function readName(source: string, start: number): Token {
  nameChunk.lastIndex = start;
  const text = nameChunk.exec(source)![0];
  const end = start + text.length;
  if ((keywords as readonly string[]).includes(text)) return { kind: 'keyword', keyword: text as Keyword, start, end };
  const parts = text.split('.');
  if (parts.length <= 2 && parts.every((part) => idPart.test(part))) {
    const ref: ItemRef = parts.length === 2 ? { lesson: parts[0]!, item: parts[1]! } : { item: parts[0]! };
    return { kind: 'ref', ref, text, start, end };
  }
  const lower = text.replaceAll(/([a-z\d])([A-Z])/g, '$1-$2').toLowerCase().replaceAll('_', '-');
  if ((keywords as readonly string[]).includes(lower)) fail(`\`${text}\` must be written in lowercase.`, `Write \`${lower}\`.`, start, end);
  if (parts.length > 2) {
    fail(`\`${text}\` has more than one dot.`, 'Refer to an item as `item-id`, or to another lesson\'s item as `lesson-id.item-id`.', start, end);
  }
  const fixed = lower.split('.');
  if (fixed.every((part) => idPart.test(part))) {
    fail(`\`${text}\` is not a valid id: ids use lowercase letters, digits and hyphens.`, `Write \`${lower}\`.`, start, end);
  }
  fail(
    `\`${text}\` is not a valid id.`,
    'Ids are lowercase words or numbers joined by single hyphens, like `pain-now`; another lesson\'s item is `lesson-id.item-id`.',
    start,
    end,
  );
}
