/**
 * Safe markdown text: escaping, code spans and inline word diffs.
 *
 * @module
 */

import type { WordChange } from '../types.js';

/** Backslash-escapes markdown punctuation so text renders literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_~[\]<>|#&!]/g, '\\$&');
}

/** A code span that survives backticks in its content. */
export function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Text in typographic quotes, escaped, on one line. */
export function quoted(text: string): string {
  return `“${escapeMarkdown(oneLine(text))}”`;
}

/** Collapses line breaks to spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/**
 * Renders a word diff inline: removed words as `~~old~~`, added words as
 * `**new**`, whitespace kept outside the markers. Line breaks are kept
 * (markers never span them), so multi-paragraph text stays readable.
 *
 * @example
 * ```ts
 * markdownWords([{ kind: 'same', text: 'can ' }, { kind: 'removed', text: 'lead to' }, { kind: 'added', text: 'cause' }]);
 * // => "can ~~lead to~~ **cause**"
 * ```
 */
export function markdownWords(words: readonly WordChange[]): string {
  let text = '';
  let previous: WordChange['kind'] = 'same';
  for (const { kind, text: part } of words) {
    const marker = kind === 'removed' ? '~~' : kind === 'added' ? '**' : '';
    const pieces = part.split('\n').map((line) => {
      const match = /^(\s*)(.*?)(\s*)$/s.exec(line)!;
      const [, lead, body, trail] = match;
      return body === '' ? line : `${lead}${marker}${escapeMarkdown(body!)}${marker}${trail}`;
    });
    const joined = pieces.join('\n');
    if (previous === 'removed' && kind === 'added' && !/\s$/.test(text) && !/^\s/.test(joined)) text += ' ';
    text += joined;
    previous = kind;
  }
  return text;
}
