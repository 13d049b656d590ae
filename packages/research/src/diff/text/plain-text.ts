/**
 * Turns the inline markdown that `describeChange` writes back into plain
 * text for a terminal.
 *
 * @module
 */

/**
 * The plain-text form of inline markdown made by the diff's markdown helpers:
 * backslash escapes become the character, code spans their content, struck
 * words `[-like this-]` and bold (added) words `{+like this+}`, as in
 * `git diff --word-diff`. Only those constructs are read: the helpers escape
 * every other markdown character.
 *
 * @example
 * ```ts
 * plainText('can ~~lead to~~ **cause** a `flare\\*up`'); // => 'can [-lead to-] {+cause+} a flare*up'
 * ```
 */
export function plainText(markdown: string): string {
  let text = '';
  let struck = false;
  let strong = false;
  for (let index = 0; index < markdown.length; ) {
    const char = markdown[index]!;
    if (char === '\\' && index + 1 < markdown.length) {
      text += markdown[index + 1];
      index += 2;
    } else if (char === '`') {
      const fence = /^`+/.exec(markdown.slice(index))![0];
      const end = markdown.indexOf(fence, index + fence.length);
      const content = markdown.slice(index + fence.length, end === -1 ? markdown.length : end);
      text += content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '' ? content.slice(1, -1) : content;
      index = end === -1 ? markdown.length : end + fence.length;
    } else if (markdown.startsWith('~~', index)) {
      text += struck ? '-]' : '[-';
      struck = !struck;
      index += 2;
    } else if (markdown.startsWith('**', index)) {
      text += strong ? '+}' : '{+';
      strong = !strong;
      index += 2;
    } else {
      text += char;
      index += 1;
    }
  }
  return text;
}
