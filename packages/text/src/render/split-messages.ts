/**
 * Packs text sections into messages short enough for SMS.
 *
 * @module
 */

/** The default longest message, in characters: two SMS segments, comfortable on any chat. */
export const DEFAULT_MAX_LENGTH = 300;

/** A piece of text and what joins it to the piece before it in the same message. */
interface Piece {
  text: string;
  joiner: string;
}

/**
 * Packs sections (paragraphs; a section may hold several lines) into as few
 * messages as possible, each at most `maxLength` characters. Sections are
 * joined by a blank line. A section too long for one message is split at line
 * ends, then between sentences, then between words; nothing is dropped or
 * shortened.
 *
 * @example
 * ```ts
 * splitMessages(['Pain (1/5)', 'How strong was your pain today?'], 300);
 * // => ['Pain (1/5)\n\nHow strong was your pain today?']
 * ```
 */
export function splitMessages(sections: readonly string[], maxLength: number = DEFAULT_MAX_LENGTH): string[] {
  if (!Number.isInteger(maxLength) || maxLength < 40) {
    throw new RangeError(`splitMessages: \`maxLength\` must be a whole number of at least 40 characters; got ${String(maxLength)}.`);
  }
  const messages: string[] = [];
  let current = '';
  for (const piece of sections.filter((section) => section.trim() !== '').flatMap((section) => pieces(section.trim(), maxLength))) {
    if (current === '') current = piece.text;
    else if (current.length + piece.joiner.length + piece.text.length <= maxLength) current += piece.joiner + piece.text;
    else {
      messages.push(current);
      current = piece.text;
    }
  }
  if (current !== '') messages.push(current);
  return messages;
}

/** A section as pieces that each fit `maxLength`; the first piece starts a new section. */
function pieces(section: string, maxLength: number): Piece[] {
  const out: Piece[] = [];
  section.split('\n').forEach((line, lineIndex) => {
    const lineJoiner = lineIndex === 0 ? '\n\n' : '\n';
    if (line.length <= maxLength) {
      out.push({ text: line, joiner: lineJoiner });
      return;
    }
    sentences(line).forEach((sentence, sentenceIndex) => {
      const joiner = sentenceIndex === 0 ? lineJoiner : ' ';
      if (sentence.length <= maxLength) out.push({ text: sentence, joiner });
      else out.push(...words(sentence, maxLength).map((text, index) => ({ text, joiner: index === 0 ? joiner : ' ' })));
    });
  });
  return out;
}

/** Splits a line after `.`, `!` or `?` (and any closing quote or bracket) followed by a space. */
function sentences(line: string): string[] {
  return line.split(/(?<=[.!?]["')\]]?)\s+/).filter((sentence) => sentence !== '');
}

/** Splits a sentence between words into chunks of at most `maxLength`; a longer word is cut. */
function words(sentence: string, maxLength: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (let word of sentence.split(/\s+/)) {
    while (word.length > maxLength) {
      if (current !== '') chunks.push(current);
      chunks.push(word.slice(0, maxLength));
      word = word.slice(maxLength);
      current = '';
    }
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= maxLength) current += ` ${word}`;
    else {
      chunks.push(current);
      current = word;
    }
  }
  if (current !== '') chunks.push(current);
  return chunks;
}
