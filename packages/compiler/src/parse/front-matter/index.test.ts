import { describe as group, expect, test } from 'vitest';
import { VFile } from 'vfile';
import { describe } from '../test-helpers.js';
import { readFrontMatter } from './index.js';

/** Reads the front matter of `text`, with its messages and fixes. */
function read(text: string) {
  const file = new VFile({ value: text });
  return { ...readFrontMatter(file, text), messages: describe(file, { fix: true }) };
}

group('readFrontMatter: valid', () => {
  test('reads data and locates keys and items in the whole file', () => {
    const text = '---\nid: a\nobjectives:\n  - One\n  - Two\n---\nBody';
    const result = read(text);
    expect(result.messages).toEqual([]);
    expect(result.data).toEqual({ id: 'a', objectives: ['One', 'Two'] });
    expect(result.end).toBe(text.indexOf('\nBody'));
    expect(result.position).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 6, column: 4, offset: text.indexOf('\nBody') } });
    expect(result.locate(['objectives', 1])).toEqual({
      start: { line: 5, column: 5, offset: text.indexOf('Two') },
      end: { line: 5, column: 8, offset: text.indexOf('Two') + 3 },
    });
    expect(result.locate(['id'])?.start).toEqual({ line: 2, column: 1, offset: 4 });
    expect(result.locate(['title'])).toBeUndefined();
  });

  test('locates keys after a `---yaml` language tag', () => {
    const text = '---yaml\nid: a\n---\n';
    expect(read(text).locate(['id'])?.start).toEqual({ line: 2, column: 1, offset: 8 });
  });

  test('reads YAML 1.2 core values: no dates, no octal-looking numbers as octal, no yes/no booleans', () => {
    expect(read('---\nd: 2024-01-02\nn: 010\nb: yes\nt: true\nnothing: ~\n---\n').data).toEqual({
      d: '2024-01-02',
      n: 10,
      b: 'yes',
      t: true,
      nothing: null,
    });
  });

  test('gives empty data for an empty or comment-only block, for the schema to report missing keys', () => {
    for (const text of ['---\n---\n', '---\n\n\n---\n', '---\n# yaml-language-server: $schema=x.json\n---\n', '---\n#\n---\n']) {
      const result = read(text);
      expect(result.messages).toEqual([]);
      expect(result.data).toEqual({});
      expect(result.position?.start.line).toBe(1);
    }
  });
});

group('readFrontMatter: problems', () => {
  test('no front matter', () => {
    const result = read('<Step id="a">\n</Step>\n');
    expect(result).toMatchObject({ data: undefined, position: undefined, end: 0 });
    expect(result.messages).toMatchInlineSnapshot(`
      [
        "1:1 front-matter-schema The lesson has no front matter.",
        "  fix: Add front matter with at least \`id\`, \`title\`, \`module\` and \`minutes\` between \`---\` lines at the top of the file.",
      ]
    `);
  });

  test('front matter never closed', () => {
    const result = read('---\nid: a\n\nText\n');
    expect(result).toMatchObject({ data: undefined, end: undefined });
    expect(result.messages).toMatchInlineSnapshot(`
      [
        "1:1-1:4 front-matter-syntax The front matter is never closed.",
        "  fix: Add a line with only \`---\` after the last front matter line.",
      ]
    `);
  });

  test('front matter in another language', () => {
    const text = '---json\n{"id": "a"}\n---\n';
    const result = read(text);
    expect(result).toMatchObject({ data: undefined, end: text.length - 1 });
    expect(result.messages).toMatchInlineSnapshot(`
      [
        "1:4-1:8 front-matter-language Front matter is marked as \`json\`; only YAML front matter is read, never run.",
        "  fix: Write YAML front matter between \`---\` lines, with nothing after the opening \`---\`: one \`key: value\` per line, such as \`id: pacing-basics\`.",
      ]
    `);
  });

  test('a list or a single value instead of `key: value` lines', () => {
    expect(read('---\n- id: a\n---\n').messages).toMatchInlineSnapshot(`
      [
        "2:1-2:8 front-matter-schema Front matter must be \`key: value\` lines, not a list.",
        "  fix: Write one \`key: value\` per line, with at least \`id\`, \`title\`, \`module\` and \`minutes\`, such as \`id: pacing-basics\`.",
      ]
    `);
    expect(read('---\njust a title\n---\n').messages).toMatchInlineSnapshot(`
      [
        "2:1-2:13 front-matter-schema Front matter must be \`key: value\` lines, not a single value.",
        "  fix: Write one \`key: value\` per line, with at least \`id\`, \`title\`, \`module\` and \`minutes\`, such as \`id: pacing-basics\`.",
      ]
    `);
  });

  test('a repeated key, at the repeated key', () => {
    expect(read('---\nid: a\ntitle: b\nid: c\n---\n').messages).toMatchInlineSnapshot(`
      [
        "4:1-4:3 front-matter-syntax Front matter key \`id\` appears more than once.",
        "  fix: Keep a single \`id:\` line.",
      ]
    `);
  });

  test('tags for JavaScript or YAML 1.1 types', () => {
    expect(read('---\nrun: !!js/function "f(){}"\nbytes: !!binary aGk=\nset: !!set {a}\nmine: !mine x\n---\n').messages).toMatchInlineSnapshot(`
      [
        "2:6-2:19 front-matter-syntax Front matter may not use the YAML tag \`!!js/function\`.",
        "  fix: Write a plain value without a tag: front matter is data and is never run.",
        "3:8-3:16 front-matter-syntax Front matter may not use the YAML tag \`!!binary\`.",
        "  fix: Write a plain value without a tag: front matter is data and is never run.",
        "4:6-4:11 front-matter-syntax Front matter may not use the YAML tag \`!!set\`.",
        "  fix: Write a plain value without a tag: front matter is data and is never run.",
        "5:7-5:12 front-matter-syntax Front matter may not use the YAML tag \`!mine\`.",
        "  fix: Write a plain value without a tag: front matter is data and is never run.",
      ]
    `);
  });

  test('a tab used for indentation', () => {
    expect(read('---\nobjectives:\n\t- a\n---\n').messages).toMatchInlineSnapshot(`
      [
        "3:1-3:2 front-matter-syntax Front matter is indented with a tab.",
        "  fix: Indent with spaces, not tabs.",
      ]
    `);
  });

  test('syntax errors at the offending line and column', () => {
    expect(read('---\nid: a\ntitle: Pain: a guide\n---\n').messages).toMatchInlineSnapshot(`
      [
        "3:8-3:9 front-matter-syntax A front matter value contains \`: \`, which YAML reads as the start of another key.",
        "  fix: Put the whole value in quotes, such as \`title: "Pain: a guide"\`.",
      ]
    `);
    expect(read('---\nid: a\nobjectives: [one, two\n---\n').messages).toMatchInlineSnapshot(`
      [
        "3:22-4:1 front-matter-syntax Front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
        "  fix: Write one \`key: value\` per line and indent list items as \`  - item\`. Put quotes around a value that contains \`: \` or \` #\`, or starts with a character such as \`*\`, \`&\`, \`!\`, \`{\`, \`[\`, \`>\`, \`|\`, \`@\` or \`\` \` \`\`.",
      ]
    `);
    expect(read("---\nid: a\ntitle: 'open\n---\n").messages).toMatchInlineSnapshot(`
      [
        "3:13-4:1 front-matter-syntax A quoted front matter value is never closed.",
        "  fix: Add the closing \`'\` at the end of the value.",
      ]
    `);
    expect(read('---\nid: a\ntitle: "open\n---\n').messages).toMatchInlineSnapshot(`
      [
        "3:13-4:1 front-matter-syntax A quoted front matter value is never closed.",
        "  fix: Add the closing \`"\` at the end of the value.",
      ]
    `);
  });

  test('an alias without its anchor', () => {
    const result = read('---\nid: a\ntitle: *missing\n---\n');
    expect(result.data).toBeUndefined();
    expect(result.messages).toMatchInlineSnapshot(`
      [
        "2:1-3:16 front-matter-syntax Front matter could not be read: Unresolved alias (the anchor must be set before the alias): missing.",
        "  fix: Define each anchor (\`&name\`) before its alias (\`*name\`), or write the value out in full.",
      ]
    `);
  });

  test('invalid front matter still locates keys', () => {
    const result = read('---\n- a\n---\n');
    expect(result.locate([0])?.start).toEqual({ line: 2, column: 3, offset: 6 });
  });
});
