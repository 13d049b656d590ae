import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { isReportedByParser, lowerFlowList } from './prose.js';

const processor = unified().use(remarkParse).use(remarkMdx);

/** Lowers the Markdown `text`; returns the content and the messages. */
function lower(text: string) {
  const file = new VFile({ path: 'a.mdx', value: text });
  const tree: Root = processor.parse(text);
  const content = lowerFlowList(tree.children, file, 'Homework');
  return { content, messages: file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`) };
}

describe('lowerFlowList', () => {
  it('turns soft line breaks into spaces and keeps hard breaks', () => {
    expect(lower('One\n  two\\\nthree').content).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'One two' }, { type: 'break' }, { type: 'text', value: 'three' }] },
    ]);
  });

  it('leaves comments out, merging the text around them and dropping what becomes empty', () => {
    expect(lower('{/* a */}\n\nSee {/* b */} this. {/* c */}').content).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'See  this.' }] }]);
  });

  it('keeps heading depth and list order', () => {
    expect(lower('### Three\n\n3. c\n4. d').content).toEqual([
      { type: 'heading', depth: 3, children: [{ type: 'text', value: 'Three' }] },
      {
        type: 'list',
        ordered: true,
        items: [[{ type: 'paragraph', children: [{ type: 'text', value: 'c' }] }], [{ type: 'paragraph', children: [{ type: 'text', value: 'd' }] }]],
      },
    ]);
  });

  it('reports reference-style links and definitions, and leaves to the parser what it reports', () => {
    const { content, messages } = lower('[a][b] ![c](https://x.org/c.png) <b>d</b>\n\n[b]: https://example.org\n\n```\ncode\n```');
    expect(messages).toEqual([
      '1:1 unsupported-markdown Reference-style links are not supported in lessons.',
      '3:1 unsupported-markdown Link reference definitions are not supported in lessons.',
    ]);
    expect(content).toEqual([]);
  });

  it('reports components where only Markdown goes, in blocks and inline', () => {
    expect(lower('<Rating id="a" />\n\n- Item <Crisis />').messages).toEqual([
      '1:1 component-placement `<Rating>` cannot be inside `<Homework>`: only text goes there.',
      '3:8 component-placement `<Crisis>` cannot be inside `<Homework>`: only text goes there.',
    ]);
  });
});

describe('isReportedByParser', () => {
  it('knows raw HTML by the JSX name', () => {
    const names = ['div', 'Rating', 'motion.div', 'svg:rect', 'Étape', 'étape'];
    const nodes = names.map((name) => ({ type: 'mdxJsxFlowElement' as const, name, attributes: [], children: [] }));
    expect(nodes.map(isReportedByParser)).toEqual([true, false, true, true, false, true]);
    expect(isReportedByParser({ type: 'mdxJsxTextElement', name: null, attributes: [], children: [] })).toBe(true);
  });
});
