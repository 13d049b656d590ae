import { afterEach, describe as group, expect, test } from 'vitest';
import { VFile } from 'vfile';
import { parseLesson } from './index.js';
import { describe, frontMatter, messages, parse } from './test-helpers.js';

declare global {
  // Set only if lesson content ran as code.
  var __pwned: unknown;
}

afterEach(() => {
  delete globalThis.__pwned;
});

const tenLines = [
  '---',
  'id: pacing-basics',
  'title: Pace your day',
  'module: pacing',
  'session: 3',
  'minutes: 35',
  'objectives:',
  '  - Find activities you tend to overdo',
  '  - Plan breaks',
  '---',
].join('\n');

group('parseLesson', () => {
  test('returns front matter data, its positions and the tree of a valid lesson, with no messages', () => {
    const text = `${tenLines}\n\n<Step id="why">\nHello.\n</Step>\n`;
    const lesson = parse(text);
    const item = text.indexOf('Plan breaks');
    expect(lesson.file.messages).toEqual([]);
    expect(lesson.data).toEqual({
      id: 'pacing-basics',
      title: 'Pace your day',
      module: 'pacing',
      session: 3,
      minutes: 35,
      objectives: ['Find activities you tend to overdo', 'Plan breaks'],
    });
    expect(lesson.locate(['objectives', 1])).toEqual({
      start: { line: 9, column: 5, offset: item },
      end: { line: 9, column: 16, offset: item + 'Plan breaks'.length },
    });
    expect(lesson.frontMatterPosition).toEqual({
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 10, column: 4, offset: tenLines.length },
    });
    expect(lesson.tree?.children.map((node) => node.type)).toEqual(['mdxJsxFlowElement']);
  });

  test('keeps lines and columns of the whole file: a node on line 20 after 10 lines of front matter is on line 20', () => {
    const body = ['', '<Step id="why">', '', 'One.', '', 'Two.', '', 'Three.', '', '  <Rating id="pain" label="Pain" min={0} max={10} />', '</Step>'];
    const text = `${tenLines}\n${body.join('\n')}\n`;
    const { tree, file } = parse(text);
    expect(file.messages).toEqual([]);
    const step = tree?.children[0];
    const rating = step !== undefined && 'children' in step ? step.children.at(-1) : undefined;
    expect(rating).toMatchObject({ type: 'mdxJsxFlowElement', name: 'Rating' });
    expect(rating?.position?.start).toEqual({ line: 20, column: 3, offset: text.indexOf('<Rating') });
  });

  test('reports positions of the whole file for problems after the front matter', () => {
    expect(messages(`${tenLines}\n\n\n\n\n\n\n\n\n\nA {thought}.\n`)).toMatchInlineSnapshot(`
      [
        "20:3-20:12 no-expression \`{thought}\` is read as code, and lessons may not contain code.",
      ]
    `);
  });

  test('keeps positions with CRLF line endings', () => {
    const text = `${frontMatter}\nA {thought}.\n`.replaceAll('\n', '\r\n');
    const lesson = parse(text);
    expect(describe(lesson.file)).toMatchInlineSnapshot(`
      [
        "8:3-8:12 no-expression \`{thought}\` is read as code, and lessons may not contain code.",
      ]
    `);
    expect(lesson.data).toMatchObject({ id: 'pacing-basics', minutes: 35 });
    expect(lesson.locate(['minutes'])?.start).toEqual({ line: 5, column: 1, offset: text.indexOf('minutes') });
  });

  test('ignores a byte order mark, as micromark does', () => {
    const lesson = parse(`\uFEFF${frontMatter}A {thought}.`);
    expect(lesson.data).toMatchObject({ id: 'pacing-basics' });
    expect(describe(lesson.file)).toMatchInlineSnapshot(`
      [
        "7:3-7:12 no-expression \`{thought}\` is read as code, and lessons may not contain code.",
      ]
    `);
    expect(lesson.locate(['id'])?.start).toEqual({ line: 2, column: 1, offset: 4 });
  });

  test('reports front matter and body problems of one file together', () => {
    expect(messages('---\nid: a\nid: b\n---\n<div />\n')).toMatchInlineSnapshot(`
      [
        "3:1-3:3 front-matter-syntax Front matter key \`id\` appears more than once.",
        "5:1-5:8 no-html \`<div>\` is raw HTML, which lessons may not contain.",
      ]
    `);
  });

  test('gives no tree when the MDX does not parse, but keeps the front matter', () => {
    const lesson = parse(`${frontMatter}The score <mild.`);
    expect(lesson.tree).toBeUndefined();
    expect(lesson.data).toMatchObject({ id: 'pacing-basics' });
    expect(describe(lesson.file)).toMatchInlineSnapshot(`
      [
        "7:11 mdx-syntax \`<mild.\` is read as the start of a tag, but it is not one.",
      ]
    `);
  });

  test('gives no tree when the front matter is never closed', () => {
    const lesson = parse('---\nid: a\n\n<Step id="a">\n</Step>\n');
    expect(lesson.tree).toBeUndefined();
    expect(lesson.data).toBeUndefined();
    expect(describe(lesson.file)).toMatchInlineSnapshot(`
      [
        "1:1-1:4 front-matter-syntax The front matter is never closed.",
      ]
    `);
  });

  test('still parses the body when front matter is missing or refused', () => {
    const missing = parse('<Step id="a">\n{x}\n</Step>\n');
    expect(missing.tree).toBeDefined();
    expect(missing.frontMatterPosition).toBeUndefined();
    expect(describe(missing.file)).toMatchInlineSnapshot(`
      [
        "1:1 front-matter-schema The lesson has no front matter.",
        "2:1-2:4 no-expression \`{x}\` is read as code, and lessons may not contain code.",
      ]
    `);
    const refused = parse('---json\n{"id": "a"}\n---\n\n{x}\n');
    expect(refused.tree).toBeDefined();
    expect(describe(refused.file)).toMatchInlineSnapshot(`
      [
        "1:4-1:8 front-matter-language Front matter is marked as \`json\`; only YAML front matter is read, never run.",
        "5:1-5:4 no-expression \`{x}\` is read as code, and lessons may not contain code.",
      ]
    `);
  });

  test('reads a Uint8Array value and an empty file without throwing', () => {
    const ascii = `${frontMatter}Hi`;
    const bytes = new VFile({ value: Uint8Array.from(ascii, (char) => char.charCodeAt(0)) });
    expect(parseLesson(bytes).data).toMatchObject({ id: 'pacing-basics' });
    const empty = new VFile({ value: '' });
    expect(parseLesson(empty).tree?.children).toEqual([]);
    expect(describe(empty)).toMatchInlineSnapshot(`
      [
        "1:1 front-matter-schema The lesson has no front matter.",
      ]
    `);
  });

  test('marks every message as a copekit error', () => {
    const { file } = parse(`${frontMatter}{x}`);
    expect(file.messages.map((message) => [message.source, message.fatal])).toEqual([['copekit', true]]);
  });
});

group('parseLesson never runs lesson content', () => {
  test.each([
    ['---js\n{a: globalThis.__pwned = 1}\n---\n', '1:4-1:6 front-matter-language Front matter is marked as `js`; only YAML front matter is read, never run.'],
    [
      '---javascript\n(globalThis.__pwned = 1, {id: "a"})\n---\n',
      '1:4-1:14 front-matter-language Front matter is marked as `javascript`; only YAML front matter is read, never run.',
    ],
    ['--- JS \nglobalThis.__pwned = 1\n---\n', '1:5-1:7 front-matter-language Front matter is marked as `JS`; only YAML front matter is read, never run.'],
    ['---coffee\nglobalThis.__pwned = 1\n---\n', '1:4-1:10 front-matter-language Front matter is marked as `coffee`; only YAML front matter is read, never run.'],
    ['---toml\nid = "a"\n---\n', '1:4-1:8 front-matter-language Front matter is marked as `toml`; only YAML front matter is read, never run.'],
    ['---python\nid = "a"\n---\n', '1:4-1:10 front-matter-language Front matter is marked as `python`; only YAML front matter is read, never run.'],
    [
      '---\nid: a\nrun: !!js/function "function () { globalThis.__pwned = 1 }"\n---\n',
      '3:6-3:19 front-matter-syntax Front matter may not use the YAML tag `!!js/function`.',
    ],
    [
      '---\nid: a\nrun: !!js/undefined ""\nre: !!js/regexp /a/\n---\n',
      '3:6-3:20 front-matter-syntax Front matter may not use the YAML tag `!!js/undefined`.',
    ],
    [`${frontMatter}{globalThis.__pwned = 1}\n`, '7:1-7:25 no-expression `{globalThis.__pwned = 1}` is read as code, and lessons may not contain code.'],
    [
      `${frontMatter}Text {globalThis.__pwned = 1} text\n`,
      '7:6-7:30 no-expression `{globalThis.__pwned = 1}` is read as code, and lessons may not contain code.',
    ],
    [
      `${frontMatter}<Rating id="a" min={globalThis.__pwned = 1} />\n`,
      '7:16-7:44 no-expression `min={globalThis.__pwned = 1}` is read as code, and lessons may not contain code.',
    ],
    [
      `${frontMatter}export const x = globalThis.__pwned = 1\n`,
      '7:1-7:40 no-esm `export const x = globalThis.__pwned = 1` is JavaScript: lessons may not `export` anything.',
    ],
    [
      `${frontMatter}import x from 'data:text/javascript,globalThis.__pwned=1'\n`,
      "7:1-7:58 no-esm `import x from 'data:text/javascript,glo…` is JavaScript: lessons may not `import` anything.",
    ],
  ])('%j is refused and not run', (text, expected) => {
    const lesson = parse(text);
    expect(globalThis.__pwned).toBeUndefined();
    expect(describe(lesson.file)[0]).toBe(expected);
  });

  test('refused front matter gives no data', () => {
    expect(parse('---js\n{id: "a"}\n---\n').data).toBeUndefined();
    expect(parse('---\nrun: !!js/function "f(){}"\n---\n').data).toBeUndefined();
  });
});
