/**
 * The third step of counting: words cut into sentences by the rules
 * `parse-english` 7 applies to a paragraph, in its order, so that sentences
 * are counted as `retext-english` counts them. A sentence ends after `.`,
 * `!`, `?`, `…` or `‽`, except where parse-english goes on:
 *
 * 1. after an English abbreviation (`Dr.`, `Mrs.`, `min.`, `in.`, `Jan.`);
 * 2. when what follows has no word (`Stop!!! ?`);
 * 3. a closing mark that follows goes with the sentence (`"Rest."`, `(Rest.)`);
 * 4. when what follows starts with a lowercase word (`e.g. on good days`) or
 *    a digit;
 * 5. after one to three digits, a single letter or a Latin abbreviation
 *    (`etc.`, `cf.`, `viz.`);
 * 6. when what follows starts with `,` or `;`.
 *
 * White space at either end of a sentence is left out, and a blank line (two
 * line breaks or more) always ends a sentence. The patterns are those of
 * parse-english and parse-latin (MIT, © Titus Wormer).
 *
 * @module
 */

import type { Token } from './tokenize.js';
import { append, isChar, isMark, iterate, type Rule } from './words.js';

/** Sentence ends: `! . ? … ‽`. */
const terminalMarkers = new Set([0x21, 0x2e, 0x3f, 0x2026, 0x203d]);
/** Marks that close a sentence: closing brackets and quotes, and `! " ' . ? … ‽`. */
const closingMark = /[\p{Pe}\p{Pf}!"'.?\u2026\u203D]/u;
const fullStop = 0x2e;
const lowercaseInitial = /^\p{Ll}/u;
const latinAbbreviation = /^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/;
const englishAbbreviation =
  /^(t(?:hurs|bsp|sp)|s(?:e(?:pt|c)|q)|(?:tue|bbl|yd)s|thu|sep|tue|bbl|nov|aug|ju[ln]|(?:ap|h)r|(?:ja|su)n|m(?:ar|on|in)|(?:sa|oc|[kpq])t|g(?:ro|al)|f(?:eb|ri|[lt])|d(?:ec|oz)|wed|l(?:bs|td)|inc?|mi|gr|yd|lb|oz|cu)$/;
const englishAbbreviationWithCase =
  /^((?:Northant|Derby|S(?:hrop|taff)|W(?:ark|orc)|L(?:in|ei|an)c|C(?:amb|he)|Trea|York|B(?:uck|e(?:rk|d))|(?:Not|Wil)t|H(?:er|[au]n)t|Glo|Pre)s|Northumb|N(?:or(?:thd|f)|e(?:br|v)|atl)|M(?:(?:essr|as|se)s|i(?:ddx|nn|ch|ss)|ont|lle|s(?:gr|s)|ddx|(?:me|r)s?|a[jn]|ex|gr|o|d|e|s|[tx])?|Heref|P(?:enna|[ahot])|D(?:e(?:rbs|[lv])|r)|Westm|(?:Cali|Pro)f|S(?:a(?:lop|sk)|uff|om|e[cn]|[qrxy])|(?:Bldg|Kan)s?|Here|P(?:enn?|k)|St(?:af)?|W(?:isc|arw|yo)|C(?:umb|olo)|B(?:lvd|rig)|(?:Ok|F)la|(?:Pk|[FH])wy|A(?:r(?:iz|k)|lt?a|tty|m[bd])|(?:Cap|S(?:up|g)|On|Ru|U)t|(?:Ter|Cd|D[ou]|Sn|J)r|(?:Oxo|Co[nr]|Ten|Ke|Ge|Ho)n|Wash|N(?:eb|at)|W(?:is|ar|o)|C(?:al|ol?)|Qu[e\u00E9]|I(?:ll|a)|Tex|G(?:ov|a)|Ind|R(?:te|e[pv]|d)|Ida|(?:Yu|Da)k|(?:Or|Av)e|Ssx|Ok|La|Br|Rt|Id|V[at]|Ky|Lt|F[rt])$/;

/** The rules of parse-english and parse-latin for a paragraph, in their order. */
const rules: readonly Rule<Token[]>[] = [
  mergeAfterEnglishAbbreviation,
  mergeWordless,
  moveClosingMark,
  mergeLowercaseStart,
  mergeDigitStart,
  mergeAfterLatinAbbreviation,
  mergeCommaStart,
];

/**
 * Cuts the tokens of `text` (words merged by `mergeWords`) into sentences,
 * each a list of tokens. Sentences may hold no word (`!!!` alone).
 *
 * @example
 * ```ts
 * const tokens = tokenize('Dr. Smith walks. Rest.');
 * mergeWords('Dr. Smith walks. Rest.', tokens);
 * splitSentences('Dr. Smith walks. Rest.', tokens).length; // => 2
 * ```
 */
export function splitSentences(text: string, tokens: readonly Token[]): Token[][] {
  const sentences = splitAtTerminalMarkers(text, tokens);
  for (const rule of rules) iterate(text, sentences, rule);
  return breakAtBlankLines(text, sentences);
}

/** The sentences as parse-latin first cuts them: after every terminal marker. */
function splitAtTerminalMarkers(text: string, tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    current.push(token);
    // Punctuation tokens are runs of one character.
    if (token.kind === 'punctuation' && terminalMarkers.has(text.charCodeAt(token.start))) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

function mergeAfterEnglishAbbreviation(text: string, sentences: Token[][], index: number): number | undefined {
  return mergeAfterAbbreviation(text, sentences, index, isEnglishAbbreviation);
}

function mergeAfterLatinAbbreviation(text: string, sentences: Token[][], index: number): number | undefined {
  return mergeAfterAbbreviation(text, sentences, index, isLatinAbbreviation);
}

function isEnglishAbbreviation(word: string): boolean {
  return englishAbbreviation.test(word.toLowerCase()) || englishAbbreviationWithCase.test(word);
}

function isLatinAbbreviation(word: string): boolean {
  return latinAbbreviation.test(word.toLowerCase());
}

/** A sentence ending in an abbreviation and its full stop goes on with the next. */
function mergeAfterAbbreviation(text: string, sentences: Token[][], index: number, isAbbreviation: (word: string) => boolean): number | undefined {
  const sentence = sentences[index]!;
  const period = sentence.at(-1);
  const word = sentence.at(-2);
  if (!isChar(text, period, fullStop) || word?.kind !== 'word' || !isAbbreviation(text.slice(word.start, word.end))) return undefined;
  append(word, [sentence.pop()!]);
  const next = sentences[index + 1];
  if (next === undefined) return undefined;
  sentence.push(...next);
  sentences.splice(index + 1, 1);
  return index - 1;
}

/** A sentence without a word joins the one before it, or else the one after it. */
function mergeWordless(_text: string, sentences: Token[][], index: number): number | undefined {
  const sentence = sentences[index]!;
  if (sentence.some((token) => token.kind === 'word')) return undefined;
  const previous = sentences[index - 1];
  if (previous !== undefined) {
    previous.push(...sentence);
    sentences.splice(index, 1);
    return index;
  }
  const next = sentences[index + 1];
  if (next !== undefined) {
    next.unshift(...sentence);
    sentences.splice(index, 1);
  }
  return undefined;
}

/** A closing mark at the start of a sentence goes to the end of the one before it. */
function moveClosingMark(text: string, sentences: Token[][], index: number): number | undefined {
  const first = sentences[index]![0];
  // Closing marks are punctuation, and punctuation tokens are runs of one character.
  if (index === 0 || first?.kind !== 'punctuation' || !closingMark.test(text.charAt(first.start))) return undefined;
  sentences[index - 1]!.push(sentences[index]!.shift()!);
  return index - 1;
}

/** A sentence whose first word comes before any mark and starts with a lowercase letter joins the one before it. */
function mergeLowercaseStart(text: string, sentences: Token[][], index: number): number | undefined {
  for (const token of sentences[index]!) {
    if (token.kind === 'word') return lowercaseInitial.test(text.slice(token.start, token.end)) ? mergeIntoPrevious(sentences, index) : undefined;
    if (isMark(token)) return undefined;
  }
  return undefined;
}

/** A sentence that starts with a digit joins the one before it. */
function mergeDigitStart(text: string, sentences: Token[][], index: number): number | undefined {
  const head = sentences[index]![0];
  if (head?.kind !== 'word') return undefined;
  const code = text.charCodeAt(head.start);
  return code >= 0x30 && code <= 0x39 ? mergeIntoPrevious(sentences, index) : undefined;
}

/** A sentence with a `,` or `;` before any word joins the one before it. */
function mergeCommaStart(text: string, sentences: Token[][], index: number): number | undefined {
  for (const token of sentences[index]!) {
    if (token.kind === 'word') return undefined;
    if (isMark(token)) return isChar(text, token, 0x2c) || isChar(text, token, 0x3b) ? mergeIntoPrevious(sentences, index) : undefined;
  }
  return undefined;
}

function mergeIntoPrevious(sentences: Token[][], index: number): number | undefined {
  if (index === 0) return undefined;
  sentences[index - 1]!.push(...sentences[index]!);
  sentences.splice(index, 1);
  return index;
}

/**
 * White space at either end of a sentence is left out; a sentence is cut
 * at white space holding two line breaks or more; empty sentences are
 * dropped.
 */
function breakAtBlankLines(text: string, sentences: readonly Token[][]): Token[][] {
  const result: Token[][] = [];
  for (const tokens of sentences) {
    let from = tokens[0]?.kind === 'space' ? 1 : 0;
    const to = tokens.at(-1)?.kind === 'space' && tokens.length > from ? tokens.length - 1 : tokens.length;
    for (let position = from + 1; position < to - 1; position++) {
      const token = tokens[position]!;
      if (token.kind === 'space' && hasBlankLine(text, token)) {
        result.push(tokens.slice(from, position));
        from = position + 1;
      }
    }
    if (to > from) result.push(tokens.slice(from, to));
  }
  return result;
}

/** Whether white space holds two line breaks or more, `\r\n` counting once. */
function hasBlankLine(text: string, space: Token): boolean {
  let breaks = 0;
  for (let index = space.start; index < space.end; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) breaks++;
  }
  return breaks >= 2;
}
