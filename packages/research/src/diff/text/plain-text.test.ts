import { describe, expect, it } from 'vitest';
import { code, escapeMarkdown, markdownWords } from '../markdown/markdown-text.js';
import { plainText } from './plain-text.js';

describe('plainText', () => {
  it('reads struck and bold words as word-diff markers', () => {
    expect(plainText(markdownWords([
      { kind: 'same', text: 'can ' },
      { kind: 'removed', text: 'lead to' },
      { kind: 'added', text: 'cause' },
      { kind: 'same', text: ' a flare-up.' },
    ]))).toBe('can [-lead to-] {+cause+} a flare-up.');
  });

  it('undoes escapes and code spans exactly', () => {
    const hostile = 'a *b* ~~c~~ `d` \\e [f](g) <h> | # & !';
    expect(plainText(escapeMarkdown(hostile))).toBe(hostile);
    expect(plainText(code('x `y` z'))).toBe('x `y` z');
    expect(plainText(code('`edge`'))).toBe('`edge`');
    expect(plainText(`Show when ${code("practised == 'yes'")}`)).toBe("Show when practised == 'yes'");
  });
});
