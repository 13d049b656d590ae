/**
 * Speech as SSML 1.1, using only elements every major TTS engine supports.
 *
 * @module
 */

import type { Speech, SpeechPart } from './speech.js';

/** The longest single `<break>`: several engines cap a break at 10 seconds, so longer pauses are chained. */
export const MAX_BREAK_SECONDS = 10;

/**
 * Escapes text for XML content and attribute values.
 *
 * @example
 * ```ts
 * escapeXml('Tom & Jerry <3'); // => 'Tom &amp; Jerry &lt;3'
 * ```
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * A `<speak>` document: one `<p>` per paragraph; emphasis, phone numbers
 * (`<say-as interpret-as="telephone">`) and pauses (`<break time>`, chained
 * in steps of at most 10 seconds) inside.
 *
 * @example
 * ```ts
 * toSsml([[{ type: 'text', text: 'Call ' }, { type: 'telephone', text: '988' }]], 'en-US');
 * // => '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US"><p>Call <say-as interpret-as="telephone">988</say-as></p></speak>'
 * ```
 */
export function toSsml(speech: Speech, lang: string): string {
  const body = speech.map((paragraph) => `<p>${paragraph.map(partSsml).join('')}</p>`).join('');
  return `<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${escapeXml(lang)}">${body}</speak>`;
}

function partSsml(part: SpeechPart): string {
  switch (part.type) {
    case 'text':
      return escapeXml(part.text);
    case 'emphasis':
      return `<emphasis level="${part.level}">${escapeXml(part.text)}</emphasis>`;
    case 'telephone':
      return `<say-as interpret-as="telephone">${escapeXml(part.text)}</say-as>`;
    case 'pause':
      return breaks(part.seconds);
  }
}

/** `<break>` elements adding up to `seconds` (rounded to whole seconds), none longer than the cap. */
function breaks(seconds: number): string {
  let left = Math.max(0, Math.round(seconds));
  const out: string[] = [];
  while (left > 0) {
    const step = Math.min(left, MAX_BREAK_SECONDS);
    out.push(`<break time="${step}s"/>`);
    left -= step;
  }
  return out.join('');
}
