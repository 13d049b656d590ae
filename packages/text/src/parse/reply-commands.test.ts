import { describe, expect, it } from 'vitest';
import { normalizeReply } from './normalize-reply.js';
import { commandWords, replyCommand } from './reply-commands.js';

describe('normalizeReply', () => {
  it('ignores case, spacing, curly quotes and trailing punctuation', () => {
    expect(normalizeReply('  OK!! ')).toBe('ok');
    expect(normalizeReply('I  am\tnot   sure.')).toBe('i am not sure');
    expect(normalizeReply('don\u2019t know')).toBe("don't know");
    expect(normalizeReply('3)')).toBe('3');
    expect(normalizeReply('?')).toBe('?');
  });
});

describe('replyCommand', () => {
  it('maps every command word to its command', () => {
    for (const [command, words] of Object.entries(commandWords)) {
      for (const word of words) expect(replyCommand(word)).toBe(command);
    }
    expect(replyCommand('ok')).toBe('next');
    expect(replyCommand('stop')).toBe('exit');
  });

  it('gives no command for answers, and each word belongs to one command', () => {
    for (const text of ['7', 'yes', 'no', 'go back', '']) expect(replyCommand(text)).toBeNull();
    const words = Object.values(commandWords).flat();
    expect(new Set(words).size).toBe(words.length);
  });
});
