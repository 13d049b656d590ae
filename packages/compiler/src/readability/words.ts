/**
 * The second step of counting: tokens merged into words, by the rules
 * `parse-english` 7 applies to a sentence, in its order, so that words are
 * counted as `retext-english` counts them:
 *
 * 1. English elisions: `'tis`, `'em`, `'cause`, `'90s`, rock `'n'` roll,
 *    `o'` and `ol'`, `w/`;
 * 2. `&` before a word (`&co`);
 * 3. `-` after a word and before no word (`well- and ill-fitting`);
 * 4. words joined by inner symbols (`flare-up`, `don't`, `2.5`, `3:30`,
 *    `e.g`): one or more of `& ' - . : = ? @ ­ · ‐ ‑ ’ ‧` or underscores
 *    between two words;
 * 5. short words around a slash (`km/h`, but not `and/or`);
 * 6. the full stop of an initialism (`e.g.`, `U.S.`, but not `2.5.`).
 *
 * The patterns are those of parse-english and parse-latin (MIT, © Titus
 * Wormer).
 *
 * @module
 */

import type { Token } from './tokenize.js';

const elisionPrefix = /^(ol?)$/;
const elisionAffix = /^(t(?:were|(?:wa|i)s)|cause|e[mr]|im|\d\ds?)$/;
const numerical = /^\p{N}$/u;

const ampersand = 0x26;
const apostrophe = 0x27;
const rightSingleQuote = 0x2019;
const hyphen = 0x2d;
const fullStop = 0x2e;
const slash = 0x2f;
const underscore = 0x5f;
/** Marks that join two words: `& ' - . : = ? @ ­ · ‐ ‑ ’ ‧` (and runs of underscores). */
const innerSymbols = new Set([...'&\'-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027'].map((char) => char.charCodeAt(0)));
const innerSymbolCharacters = /[&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027_]/;

/**
 * A rule over a list, visited like `unist-util-modify-children`: it gets the
 * text, the list and the index of the item to look at, and may change the
 * list; when it returns an index, the visit goes on from there.
 */
export type Rule<T> = (text: string, list: T[], index: number) => number | undefined;

/**
 * Merges the tokens of `text` into words, in place, as parse-english does
 * for a sentence.
 *
 * @example
 * ```ts
 * const tokens = tokenize("Don't stop.");
 * mergeWords("Don't stop.", tokens);
 * tokens.map((token) => token.kind); // => ['word', 'space', 'word', 'punctuation']
 * ```
 */
export function mergeWords(text: string, tokens: Token[]): void {
  // Each rule is about one character or a few: a rule whose characters are not in the text cannot apply.
  if (text.includes("'") || text.includes('’') || text.includes('/')) mergeElisions(text, tokens);
  if (text.includes('&')) iterate(text, tokens, mergeInitialAmpersand);
  if (text.includes('-')) iterate(text, tokens, mergeFinalHyphen);
  if (innerSymbolCharacters.test(text)) iterate(text, tokens, mergeInnerSymbols);
  if (text.includes('/')) iterate(text, tokens, mergeInnerSlash);
  if (text.includes('.')) iterate(text, tokens, mergeInitialism);
}

/** Applies `rule` to each item of `list` in turn. */
export function iterate<T>(text: string, list: T[], rule: Rule<T>): void {
  for (let index = 0; index < list.length; index++) {
    const next = rule(text, list, index);
    if (next !== undefined) index = Math.max(next, 0) - 1;
  }
}

/** Whether a token is punctuation or a symbol. */
export function isMark(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'punctuation' || token.kind === 'symbol');
}

/** Whether `token` is the single punctuation mark or symbol `char`. */
export function isChar(text: string, token: Token | undefined, char: number): boolean {
  return token !== undefined && token.end - token.start === 1 && text.charCodeAt(token.start) === char && isMark(token);
}

function isApostrophe(text: string, token: Token | undefined): boolean {
  return isChar(text, token, apostrophe) || isChar(text, token, rightSingleQuote);
}

function valueOf(text: string, token: Token): string {
  return text.slice(token.start, token.end);
}

/** The tokens a word is made of. */
function partsOf(word: Token): Token[] {
  return word.parts ?? [{ kind: 'word', start: word.start, end: word.end, parts: undefined }];
}

/** Adds `tokens` (right after it in the text) at the end of `word`. */
export function append(word: Token, tokens: readonly Token[]): void {
  const parts = partsOf(word);
  for (const token of tokens) {
    if (token.kind === 'word') parts.push(...partsOf(token));
    else parts.push(token);
  }
  word.parts = parts;
  word.end = tokens.at(-1)!.end;
}

/** Adds `token` (right before it in the text) at the start of `word`. */
function prepend(word: Token, token: Token): void {
  word.parts = [token, ...partsOf(word)];
  word.start = token.start;
}

/**
 * English elisions, visited like `unist-util-visit-children`: after a token
 * is removed, the one that takes its place is not visited.
 */
function mergeElisions(text: string, tokens: Token[]): void {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const before = tokens[index - 1];
    if (isChar(text, token, slash)) {
      if (before?.kind === 'word' && valueOf(text, before).toLowerCase() === 'w') {
        tokens.splice(index, 1);
        append(before, [token]);
      }
      continue;
    }
    if (!isApostrophe(text, token)) continue;
    const after = tokens[index + 1];
    if (
      index > 2 &&
      before?.kind === 'word' &&
      tokens[index - 2]!.kind === 'space' &&
      after?.kind === 'space' &&
      elisionPrefix.test(valueOf(text, before).toLowerCase())
    ) {
      tokens.splice(index, 1);
      append(before, [token]);
      continue;
    }
    if (after?.kind !== 'word' || before?.kind === 'word') continue;
    const word = valueOf(text, after).toLowerCase();
    const other = tokens[index + 2];
    if (elisionAffix.test(word)) {
      tokens.splice(index, 1);
      prepend(after, token);
    } else if (word === 'n' && other?.kind === 'punctuation' && isApostrophe(text, other)) {
      tokens.splice(index, 1);
      tokens.splice(index + 1, 1);
      prepend(after, token);
      append(after, [other]);
    }
  }
}

/** `&` before a word, not after one. */
function mergeInitialAmpersand(text: string, tokens: Token[], index: number): number | undefined {
  if (!isChar(text, tokens[index], ampersand)) return undefined;
  const next = tokens[index + 1];
  if ((index > 0 && tokens[index - 1]!.kind === 'word') || next?.kind !== 'word') return undefined;
  prepend(next, tokens.splice(index, 1)[0]!);
  return index - 1;
}

/** `-` after a word and before no word. */
function mergeFinalHyphen(text: string, tokens: Token[], index: number): number | undefined {
  if (index === 0 || !isChar(text, tokens[index], hyphen)) return undefined;
  const previous = tokens[index - 1]!;
  if (tokens[index + 1]?.kind === 'word' || previous.kind !== 'word') return undefined;
  append(previous, tokens.splice(index, 1));
  return index;
}

/** Words joined by inner symbols. */
function mergeInnerSymbols(text: string, tokens: Token[], index: number): number | undefined {
  if (index === 0 || tokens[index - 1]!.kind !== 'word' || !isInnerSymbol(text, tokens[index]!)) return undefined;
  let last = index - 1;
  for (let position = index; position < tokens.length; position++) {
    const token = tokens[position]!;
    if (token.kind === 'word') last = position;
    else if (!isInnerSymbol(text, token)) break;
  }
  if (last < index) return undefined;
  append(tokens[index - 1]!, tokens.splice(index, last + 1 - index));
  return index;
}

/** Whether a token may join two words. */
function isInnerSymbol(text: string, token: Token): boolean {
  if (!isMark(token)) return false;
  const code = text.charCodeAt(token.start);
  // Punctuation tokens are runs of one character: this one is underscores.
  if (code === underscore) return true;
  return token.end - token.start === 1 && innerSymbols.has(code);
}

/** Short words around a slash. */
function mergeInnerSlash(text: string, tokens: Token[], index: number): number | undefined {
  const previous = tokens[index - 1];
  if (previous?.kind !== 'word' || !isChar(text, tokens[index], slash)) return undefined;
  const next = tokens[index + 1];
  const nextLength = next?.kind === 'word' ? next.end - next.start : 0;
  if (previous.end - previous.start >= 3 || nextLength >= 3) return undefined;
  append(previous, tokens.splice(index, nextLength === 0 ? 1 : 2));
  return index;
}

/** The full stop after an initialism: single characters joined by full stops, not all digits. */
function mergeInitialism(text: string, tokens: Token[], index: number): number | undefined {
  const token = tokens[index]!;
  if (index === 0 || token.kind !== 'punctuation' || !isChar(text, token, fullStop)) return undefined;
  const previous = tokens[index - 1]!;
  const parts = previous.parts;
  if (previous.kind !== 'word' || parts === undefined || parts.length % 2 === 0) return undefined;
  let allDigits = true;
  for (let position = parts.length - 1; position >= 0; position--) {
    const part = valueOf(text, parts[position]!);
    if (position % 2 === 0) {
      if (part.length > 1) return undefined;
      if (!numerical.test(part)) allDigits = false;
    } else if (part !== '.') {
      if (position < parts.length - 2) break;
      return undefined;
    }
  }
  if (allDigits) return undefined;
  append(previous, tokens.splice(index, 1));
  return index;
}
