/**
 * Crisis resources as speech, phone numbers read digit by digit.
 *
 * @module
 */

import type { FrameCrisis } from '@copekit/engine';
import type { SpeechParagraph, SpeechPart } from './speech.js';

/** Runs of digits, spaces and hyphens with at least three digits, standing alone: `988`, `116 123`, `9-8-8`. */
const phoneNumber = /\b\d[\d -]*\d\b/g;

/**
 * Text with its phone numbers marked as `telephone` parts.
 *
 * @example
 * ```ts
 * withPhoneNumbers('Call 988 now');
 * // => [{ type: 'text', text: 'Call ' }, { type: 'telephone', text: '988' }, { type: 'text', text: ' now' }]
 * ```
 */
export function withPhoneNumbers(text: string): SpeechPart[] {
  const parts: SpeechPart[] = [];
  let last = 0;
  for (const match of text.matchAll(phoneNumber)) {
    const digits = match[0].trim();
    if (digits.replace(/\D/g, '').length < 3) continue;
    if (match.index > last) parts.push({ type: 'text', text: text.slice(last, match.index) });
    parts.push({ type: 'telephone', text: digits });
    last = match.index + digits.length;
  }
  if (last < text.length) parts.push({ type: 'text', text: text.slice(last) });
  return parts;
}

/**
 * The crisis block spoken in full: "Get help now.", each resource (its label
 * and when to use it), then the not-a-crisis-service statement.
 *
 * @example
 * ```ts
 * speakCrisis(crisis)[1]; // => [{ type: 'text', text: 'Call ' }, { type: 'telephone', text: '988' }, { type: 'text', text: '. Call the ' }, …]
 * ```
 */
export function speakCrisis(crisis: FrameCrisis): SpeechParagraph[] {
  return [
    [{ type: 'emphasis', text: 'Get help now.', level: 'strong' }],
    ...crisis.resources.map((resource) => withPhoneNumbers(`${resource.label}. ${resource.description}`)),
    withPhoneNumbers(crisis.statement),
  ];
}
