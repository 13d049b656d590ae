/**
 * Speech: what a voice prompt says, as plain data, before it becomes SSML
 * (for the TTS engine) or plain text (for logs and captions).
 *
 * @module
 */

/** One piece of a spoken paragraph. */
export type SpeechPart =
  /** Words, read normally. */
  | { type: 'text'; text: string }
  /** Words said with emphasis. */
  | { type: 'emphasis'; text: string; level: 'strong' | 'moderate' }
  /** A phone number, read digit by digit (`<say-as interpret-as="telephone">`). */
  | { type: 'telephone'; text: string }
  /** Silence, in seconds. */
  | { type: 'pause'; seconds: number };

/** A spoken paragraph (`<p>`). */
export type SpeechParagraph = SpeechPart[];

/** Everything a prompt says, paragraph by paragraph. */
export type Speech = SpeechParagraph[];

/**
 * A paragraph of plain words.
 *
 * @example
 * ```ts
 * say('Thank you.'); // => [{ type: 'text', text: 'Thank you.' }]
 * ```
 */
export function say(text: string): SpeechParagraph {
  return [{ type: 'text', text }];
}

/**
 * The digits of a key sequence as spoken words: `*` is "star", `#` is "pound".
 *
 * @example
 * ```ts
 * spokenKeys('*7'); // => 'star 7'
 * ```
 */
export function spokenKeys(keys: string): string {
  return keys
    .replace(/^\*(?=.)/, 'star ')
    .replace(/^\*$/, 'star')
    .replace(/#/g, ' pound')
    .trim();
}
