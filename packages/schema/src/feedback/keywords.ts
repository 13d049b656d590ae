/**
 * The keywords of the feedback language: `and`, `or`, `not`.
 *
 * @module
 */

import { fail } from './problem.js';
import type { Token } from './tokenize.js';

/** A keyword. */
export type Keyword = 'and' | 'or' | 'not';

const keywords: readonly string[] = ['and', 'or', 'not'];

/**
 * The keyword a name token spells, or `undefined`. A keyword in capitals
 * (`AND`) is an error that says to write it in lowercase.
 */
export function keywordOf(token: Token): Keyword | undefined {
  if (token.kind !== 'name') return undefined;
  if (keywords.includes(token.text)) return token.text as Keyword;
  const lower = token.text.toLowerCase();
  if (keywords.includes(lower)) fail(`\`${token.text}\` must be written in lowercase.`, `Write \`${lower}\`.`, token.start, token.end);
  return undefined;
}

/** Whether `token` is the keyword `keyword`. */
export function isKeyword(token: Token, keyword: Keyword): boolean {
  return keywordOf(token) === keyword;
}
