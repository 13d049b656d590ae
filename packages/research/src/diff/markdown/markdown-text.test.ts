import { describe, expect, it } from 'vitest';
import { wordDiff } from '../word-diff.js';
import { code, escapeMarkdown, markdownWords, oneLine, quoted } from './markdown-text.js';

describe('escapeMarkdown', () => {
  it('escapes emphasis, links, html and table pipes', () => {
    expect(escapeMarkdown('*a* _b_ [c](d) <script> | # ~x~ `e` & !')).toBe('\\*a\\* \\_b\\_ \\[c\\](d) \\<script\\> \\| \\# \\~x\\~ \\`e\\` \\& \\!');
  });
});

describe('code', () => {
  it('wraps plain text in one backtick', () => {
    expect(code('pain-now >= 7')).toBe('`pain-now >= 7`');
  });

  it('uses a longer fence around backticks and pads edge backticks', () => {
    expect(code('a `b` c')).toBe('``a `b` c``');
    expect(code('`x')).toBe('`` `x ``');
  });
});

describe('quoted and oneLine', () => {
  it('quotes escaped text on one line', () => {
    expect(oneLine('a\n\nb')).toBe('a b');
    expect(quoted('Rate *pain*\nnow')).toBe('“Rate \\*pain\\* now”');
  });
});

describe('markdownWords', () => {
  it('strikes removed words and bolds added ones', () => {
    expect(markdownWords(wordDiff('can lead to a flare-up', 'can cause a flare-up'))).toBe('can ~~lead to~~ **cause** a flare-up');
  });

  it('keeps whitespace outside markers and escapes the words', () => {
    expect(markdownWords([{ kind: 'same', text: 'x' }, { kind: 'added', text: ' *new* ' }, { kind: 'same', text: 'y' }])).toBe('x **\\*new\\*** y');
  });

  it('never lets a marker span a line break', () => {
    expect(markdownWords([{ kind: 'removed', text: 'one\n\ntwo' }])).toBe('~~one~~\n\n~~two~~');
  });

  it('separates adjacent removed and added runs with a space', () => {
    expect(markdownWords([{ kind: 'removed', text: 'Yard' }, { kind: 'added', text: 'Garden' }])).toBe('~~Yard~~ **Garden**');
  });
});
