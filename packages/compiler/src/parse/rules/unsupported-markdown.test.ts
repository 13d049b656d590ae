import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe as group, expect, test } from 'vitest';
import { describe, frontMatter, messages } from '../test-helpers.js';
import { createTreeChecker } from '../walk.js';
import { unsupportedMarkdown } from './unsupported-markdown.js';

function body(text: string): string[] {
  return messages(frontMatter + text, { fix: true });
}

group('unsupported-markdown', () => {
  test('allows the supported subset', () => {
    const lesson = [
      '# Heading',
      '',
      'A *paragraph* with **strong**, `code`, a [link](https://example.org) and a\\',
      'break.',
      '',
      '- a list',
      '1. a numbered list',
      '',
      '> a quote',
      '',
      '***',
    ].join('\n');
    expect(body(lesson)).toEqual([]);
  });

  test('refuses images, also by reference', () => {
    expect(body('![A calm lake](https://example.org/lake.png)\n\n![lake][l]\n\n[l]: https://example.org/lake.png\n')).toMatchInlineSnapshot(`
      [
        "7:1-7:45 unsupported-markdown Images are not supported in lessons.",
        "  fix: Describe the picture in words: images cannot be shown on every channel (voice, chat, terminal).",
        "9:1-9:11 unsupported-markdown Images are not supported in lessons.",
        "  fix: Describe the picture in words: images cannot be shown on every channel (voice, chat, terminal).",
      ]
    `);
  });

  test('refuses code blocks', () => {
    expect(body('```\nbreathe()\n```\n')).toMatchInlineSnapshot(`
      [
        "7:1-9:4 unsupported-markdown Code blocks are not supported in lessons.",
        "  fix: Write the text as a paragraph, or use inline code between single backticks.",
      ]
    `);
  });
});

group('unsupported-markdown on nodes MDX does not produce, should a tree hold them', () => {
  test('refuses raw HTML and footnotes', () => {
    const file = new VFile();
    const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 5 } });
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'html', value: '<hr>', position: at(1) },
        { type: 'paragraph', children: [{ type: 'footnoteReference', identifier: '1', position: at(2) }] },
        { type: 'footnoteDefinition', identifier: '1', children: [], position: at(3) },
      ],
    };
    createTreeChecker([unsupportedMarkdown])(tree, file);
    expect(describe(file, { fix: true })).toMatchInlineSnapshot(`
      [
        "1:1-1:5 unsupported-markdown Raw HTML is not supported in lessons.",
        "  fix: Use Markdown or a Copekit component.",
        "2:1-2:5 unsupported-markdown Footnotes are not supported in lessons.",
        "  fix: List sources in the \`references\` front matter instead.",
        "3:1-3:5 unsupported-markdown Footnotes are not supported in lessons.",
        "  fix: List sources in the \`references\` front matter instead.",
      ]
    `);
  });
});
