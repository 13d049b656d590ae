/**
 * The first step of counting: text to tokens, as `parse-latin` 7 (the
 * tokenizer under `retext-english`) cuts it, without building a syntax
 * tree. Each token is a run of word characters, of white space, or of one
 * repeated punctuation mark or symbol.
 *
 * @module
 */

/** What a token is made of. */
export type TokenKind = 'word' | 'space' | 'punctuation' | 'symbol';

/** A token: its kind and its range in the text. */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /**
   * The tokens a word was merged from (`flare`, `-`, `up`), in order, once
   * it is more than one; `undefined` for a word of one token and for other
   * kinds.
   */
  parts: Token[] | undefined;
}

/*
 * The character classes of parse-latin 7, which are those of Unicode 15:
 * word characters are letters, marks and numbers (`\p{L}`, `\p{M}`, `\p{N}`),
 * white space is `\p{White_Space}`, punctuation is `\p{P}` except the ten
 * characters below (which parse-latin counts as symbols), and anything else
 * is a symbol. Like parse-latin, each UTF-16 code unit is classified on its
 * own, so a character beyond U+FFFF (an emoji) is a symbol.
 */
const wordCharacter = /[\p{L}\p{M}\p{N}]/u;
const whiteSpaceCharacter = /\p{White_Space}/u;
const punctuationCharacter = /\p{P}/u;
const symbolsAmongPunctuation = new Set([0x23, 0x25, 0x26, 0x2a, 0x40, 0x2020, 0x2021, 0x2030, 0x2031, 0x203b]);

/** Kinds of the ASCII characters, looked up instead of tested. */
const asciiKinds: readonly TokenKind[] = Array.from({ length: 128 }, (_, code) => classifySlowly(String.fromCharCode(code)));

/** The kind of the code unit `code`, found at `index` in `text`. */
function classify(text: string, index: number, code: number): TokenKind {
  return code < 128 ? asciiKinds[code]! : classifySlowly(text.charAt(index));
}

function classifySlowly(char: string): TokenKind {
  if (whiteSpaceCharacter.test(char)) return 'space';
  if (punctuationCharacter.test(char) && !symbolsAmongPunctuation.has(char.charCodeAt(0))) return 'punctuation';
  return wordCharacter.test(char) ? 'word' : 'symbol';
}

/** Whether a code unit is half of a surrogate pair. */
function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/**
 * Cuts text into tokens as parse-latin does: a token ends where the kind of
 * character changes, and punctuation and symbols also end where the
 * character changes (`!!` is one token, `?!` two), except that a surrogate
 * stays with the symbol before it.
 *
 * @example
 * ```ts
 * tokenize("Don't!").map(({ kind, start, end }) => `${kind} ${start}-${end}`);
 * // => ['word 0-3', 'punctuation 3-4', 'word 4-5', 'punctuation 5-6']
 * ```
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  let previousKind: TokenKind | undefined;
  let previousCode = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const kind = classify(text, index, code);
    if (previousKind !== undefined && !continues(previousKind, kind, previousCode, code)) {
      tokens.push({ kind: previousKind, start, end: index, parts: undefined });
      start = index;
    }
    previousKind = kind;
    previousCode = code;
  }
  if (previousKind !== undefined) tokens.push({ kind: previousKind, start, end: text.length, parts: undefined });
  return tokens;
}

/** Whether a character of kind `kind` continues the token of the character before it. */
function continues(previousKind: TokenKind, kind: TokenKind, previousCode: number, code: number): boolean {
  if (kind !== previousKind) return false;
  return kind === 'word' || kind === 'space' || code === previousCode || isSurrogate(code);
}
