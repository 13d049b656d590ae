import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_LENGTH, splitMessages } from './split-messages.js';

const sentence = (n: number) => `Sentence number ${n} is here to fill some space in the message.`;

describe('splitMessages', () => {
  it('packs short sections into one message, joined by a blank line', () => {
    expect(splitMessages(['Pain (1/5)', 'How strong is your pain?', 'Reply with a number.'])).toEqual([
      'Pain (1/5)\n\nHow strong is your pain?\n\nReply with a number.',
    ]);
  });

  it('starts a new message when the next section does not fit', () => {
    const a = 'a'.repeat(150);
    const b = 'b'.repeat(150);
    expect(splitMessages([a, b])).toEqual([a, b]);
    expect(splitMessages([a, 'b'.repeat(148)])).toEqual([`${a}\n\n${'b'.repeat(148)}`]);
  });

  it('splits a long paragraph between sentences, never inside one', () => {
    const paragraph = Array.from({ length: 10 }, (_, index) => sentence(index + 1)).join(' ');
    const messages = splitMessages([paragraph]);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.length).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
      expect(message).toMatch(/^Sentence number \d+ .*message\.$/);
    }
    expect(messages.join(' ')).toBe(paragraph);
  });

  it('splits a long list at line ends and keeps every line whole', () => {
    const lines = Array.from({ length: 12 }, (_, index) => `- Resource ${index + 1}: call this number at any time of day.`);
    const messages = splitMessages([lines.join('\n')], 120);
    expect(messages.join('\n').split('\n')).toEqual(lines);
    expect(messages.every((message) => message.length <= 120)).toBe(true);
  });

  it('splits a sentence longer than a message between words, and a longer word by length', () => {
    const words = Array.from({ length: 30 }, () => 'word').join(' ');
    const messages = splitMessages([words], 40);
    expect(messages.join(' ')).toBe(words);
    expect(messages.every((message) => message.length <= 40)).toBe(true);
    expect(splitMessages(['x'.repeat(100)], 40)).toEqual(['x'.repeat(40), 'x'.repeat(40), 'x'.repeat(20)]);
  });

  it('drops blank sections and trims the rest', () => {
    expect(splitMessages(['  Hello.  ', '', '   ', 'Bye.'])).toEqual(['Hello.\n\nBye.']);
    expect(splitMessages([])).toEqual([]);
  });

  it('refuses a maximum that cannot hold a sentence', () => {
    expect(() => splitMessages(['Hi'], 10)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: splitMessages: \`maxLength\` must be a whole number of at least 40 characters; got 10.]`,
    );
    expect(() => splitMessages(['Hi'], 80.5)).toThrow(RangeError);
  });
});
