/**
 * Splits a feedback condition into tokens: names (`mean`, `previous.mean`,
 * `practice-minutes`, `and`), numbers, comparison operators, `+`, `-` and
 * parentheses. Mistakes authors are likely to make (JavaScript operators,
 * quoted text, `*`, percentages) get their own messages.
 *
 * @module
 */

import type { CompareOperator } from '../types/condition.js';
import { fail } from './problem.js';

/** One token with its range `[start, end)` in the condition text. */
export type Token = { start: number; end: number } & (
  | { kind: 'name'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'operator'; operator: CompareOperator }
  | { kind: '+' | '-' | '(' | ')' | 'end' }
);

const operators: readonly CompareOperator[] = ['==', '!=', '<=', '>=', '<', '>'];

/** Operators of other languages, with a message and a fix. */
const mistakes: Record<string, [string, string]> = {
  '===': ['`===` is not part of the feedback language.', 'Write `==` to compare.'],
  '!==': ['`!==` is not part of the feedback language.', 'Write `!=` to compare.'],
  '=>': ['`=>` is not a comparison.', 'Write `>=` for "at least".'],
  '=<': ['`=<` is not a comparison.', 'Write `<=` for "at most".'],
  '&&': ['`&&` is not part of the feedback language.', 'Write `and`.'],
  '||': ['`||` is not part of the feedback language.', 'Write `or`.'],
  '=': ['A single `=` is not a comparison.', 'Write `==` to check that two values are equal.'],
  '!': ['`!` is not part of the feedback language.', 'Write `not` before a condition, or `!=` for "is not equal to".'],
  '&': ['`&` is not part of the feedback language.', 'Write `and`.'],
  '|': ['`|` is not part of the feedback language.', 'Write `or`.'],
};

/**
 * Every symbol, longest first, so `===` is not read as `==` and `=`; a pure
 * call, so bundlers drop it (and `mistakes`) when the tokenizer is unused.
 */
const symbols = /* @__PURE__ */ (() => [...Object.keys(mistakes), ...operators].sort((a, b) => b.length - a.length))();
const name = /[A-Za-z_][\w.-]*/y;
const number = /\d+(?:\.\d+)?/y;
const quotes = `'"\u2018\u2019\u201C\u201D`;

/**
 * Tokenizes a feedback condition. The last token is always `end`.
 *
 * @throws {FeedbackSyntaxFailure} on text that is not a token of the language.
 * @example
 * ```ts
 * tokenize('days(practised) >= 5').map((token) => token.kind); // => ['name', '(', 'name', ')', 'operator', 'number', 'end']
 * ```
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    if (/\s/.test(source[index]!)) {
      index++;
      continue;
    }
    const token = readToken(source, index);
    tokens.push(token);
    index = token.end;
  }
  tokens.push({ kind: 'end', start: source.length, end: source.length });
  return tokens;
}

function readToken(source: string, start: number): Token {
  const char = source[start]!;
  if (char === '(' || char === ')' || char === '+' || char === '-') return { kind: char, start, end: start + 1 };
  if (/\d/.test(char)) return readNumber(source, start);
  if (/[A-Za-z_]/.test(char)) {
    name.lastIndex = start;
    const text = name.exec(source)![0];
    return { kind: 'name', text, start, end: start + text.length };
  }
  const symbol = symbols.find((candidate) => source.startsWith(candidate, start));
  if (symbol !== undefined) {
    const end = start + symbol.length;
    const mistake = mistakes[symbol];
    if (mistake !== undefined) fail(mistake[0], mistake[1], start, end);
    return { kind: 'operator', operator: symbol as CompareOperator, start, end };
  }
  return unexpected(source, start);
}

function readNumber(source: string, start: number): Token {
  number.lastIndex = start;
  const text = number.exec(source)![0];
  const end = start + text.length;
  const next = source[end];
  if (next === '%') {
    fail(`\`${text}%\` is not a number of the feedback language.`, `Write the number without \`%\`: \`${text}\`.`, start, end + 1);
  }
  if (next !== undefined && /[\w.]/.test(next)) {
    const word = /^[\w.]+/.exec(source.slice(start))![0];
    fail(`\`${word}\` is not a number.`, 'Write numbers with digits and an optional decimal part, like `5` or `0.5`.', start, start + word.length);
  }
  return { kind: 'number', value: Number(text), start, end };
}

function unexpected(source: string, start: number): never {
  const char = String.fromCodePoint(source.codePointAt(start)!);
  const end = start + char.length;
  if (quotes.includes(char)) {
    fail('Feedback conditions compare numbers; quoted text has no place in them.', 'Count the days instead, like `days(practised) >= 5`.', start, end);
  }
  if ('*/'.includes(char)) {
    fail(`Feedback conditions can add and subtract, but not \`${char}\`.`, 'Compare with a fixed number instead, like `sum(practice-minutes) >= 60`.', start, end);
  }
  if (char === '%') fail('`%` is not part of the feedback language.', 'Compare with a plain number.', start, end);
  if (char === ',') fail('Each function takes exactly one name.', 'Write one name in the parentheses, like `mean(pain)`.', start, end);
  if (char === '.') fail('Unexpected `.` in the condition.', 'A dot only follows `previous`, as in `previous.mean(pain)`.', start, end);
  fail(
    `Unexpected \`${char}\` in the condition.`,
    'Feedback conditions use functions like `mean(pain)`, numbers, `+`, `-`, `== != < <= > >=`, `and`, `or`, `not` and parentheses.',
    start,
    end,
  );
}
