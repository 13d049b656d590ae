import { describe as group, expect, test } from 'vitest';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { describe, frontMatter, messages } from '../test-helpers.js';
import { reportMdxError } from './syntax-error.js';

/** Messages with fixes of a lesson body that starts on line 7. */
function body(text: string): string[] {
  return messages(frontMatter + text, { fix: true });
}

group('unclosed and mismatched tags', () => {
  test('a tag left open at the end of the file is reported at the tag, read from the message text', () => {
    expect(body('<Step id="a">\n\nHello.\n')).toMatchInlineSnapshot(`
      [
        "7:1-7:14 mdx-syntax \`<Step>\` is never closed.",
        "  fix: Close it with \`</Step>\`, or end it with \`/>\` if it has no content. To write a literal \`<\`, use \`\\<\`.",
      ]
    `);
  });

  test('a tag left open at the end of a paragraph', () => {
    expect(body('Some <Show when="pain > 3">high pain\n\nmore text.\n')).toMatchInlineSnapshot(`
      [
        "7:6-7:28 mdx-syntax \`<Show>\` is never closed before the end of its paragraph.",
        "  fix: Close it with \`</Show>\`, or end it with \`/>\` if it has no content. A tag opened inside a paragraph must be closed in it; put the opening and closing tags of a block on lines of their own. To write a literal \`<\`, use \`\\<\`.",
      ]
    `);
  });

  test('a tag left open on line 12 of the file, as in “(12:1-12:18) before the end of `paragraph`”', () => {
    expect(body('\n\n\n\n\n<Step id="breathe">text\n\n</Step>\n')).toMatchInlineSnapshot(`
      [
        "12:1-12:20 mdx-syntax \`<Step>\` is never closed before the end of its paragraph.",
        "  fix: Close it with \`</Step>\`, or end it with \`/>\` if it has no content. A tag opened inside a paragraph must be closed in it; put the opening and closing tags of a block on lines of their own. To write a literal \`<\`, use \`\\<\`.",
      ]
    `);
  });

  test('a tag left open in a list item', () => {
    expect(body('- <CoachNote>\n\n  Ask.\n\n</CoachNote>\n')).toMatchInlineSnapshot(`
      [
        "7:3-7:14 mdx-syntax \`<CoachNote>\` is never closed before the end of its list item.",
        "  fix: Close it with \`</CoachNote>\`, or end it with \`/>\` if it has no content. A tag opened inside a list item must be closed in it; put the opening and closing tags of a block on lines of their own. To write a literal \`<\`, use \`\\<\`.",
      ]
    `);
  });

  test('a closing tag that does not match the open tag', () => {
    expect(body('<Step id="a">\n\nHi.\n\n</Stop>\n')).toMatchInlineSnapshot(`
      [
        "11:1-11:8 mdx-syntax \`</Stop>\` does not match the open tag \`<Step>\` (line 7, column 1).",
        "  fix: Close \`<Step>\` with \`</Step>\`; tags close in the reverse order they were opened.",
      ]
    `);
  });

  test('a closing tag that does not match, in a paragraph', () => {
    expect(body('Ask <CoachNote>this</Show> now.\n')).toMatchInlineSnapshot(`
      [
        "7:20-7:27 mdx-syntax \`</Show>\` does not match the open tag \`<CoachNote>\` (line 7, column 5).",
        "  fix: Close \`<CoachNote>\` with \`</CoachNote>\`; tags close in the reverse order they were opened.",
      ]
    `);
  });

  test('a closing tag in a different block from its opening tag', () => {
    expect(body('<Step id="a">\n\nHi.</Step>\n')).toMatchInlineSnapshot(`
      [
        "9:4-9:11 mdx-syntax \`</Step>\` closes a tag that was opened outside this paragraph.",
        "  fix: Put \`</Step>\` on its own line, with a blank line before it, or close the tag inside the same paragraph.",
      ]
    `);
  });

  test('a closing tag with nothing to close', () => {
    expect(body('Rest a </b> little.\n')).toMatchInlineSnapshot(`
      [
        "7:8 mdx-syntax \`</b>\` closes a tag that was never opened.",
        "  fix: Remove it, or add the matching opening tag before it. To write a literal \`<\`, use \`\\<\`.",
      ]
    `);
  });

  test('a closing tag with attributes, or with a self-closing slash', () => {
    expect(body('<Show when="a">x</Show when="a">\n')).toMatchInlineSnapshot(`
      [
        "7:24-7:32 mdx-syntax A closing tag cannot have attributes.",
        "  fix: Write the closing tag as \`</Name>\` and put attributes on the opening tag.",
      ]
    `);
    expect(body('<Show when="a">x</Show/>\n')).toMatchInlineSnapshot(`
      [
        "7:23-7:24 mdx-syntax A closing tag cannot end with \`/>\`.",
        "  fix: Write the closing tag as \`</Name>\`, or use one self-closing tag such as \`<Crisis />\`.",
      ]
    `);
  });
});

group('a literal `<` in prose', () => {
  test('`<` and a word: reported at the `<`, not where the parser stopped (the final `.`)', () => {
    expect(body('The score <mild.')).toMatchInlineSnapshot(`
      [
        "7:11 mdx-syntax \`<mild.\` is read as the start of a tag, but it is not one.",
        "  fix: To write a literal \`<\`, use \`\\<\`, as in \`\\<mild.\`. Components are written like \`<Step id="intro">\`.",
      ]
    `);
  });

  test('`<` and a word, on a later line of a paragraph', () => {
    expect(body('Pain\nwas <mild\ntoday.\n')).toMatchInlineSnapshot(`
      [
        "8:5 mdx-syntax \`<mild\` is read as the start of a tag, but it is not one.",
        "  fix: To write a literal \`<\`, use \`\\<\`, as in \`\\<mild\`. Components are written like \`<Step id="intro">\`.",
      ]
    `);
  });

  test('`<` and a number', () => {
    expect(body('I <3 walking.\n')).toMatchInlineSnapshot(`
      [
        "7:3 mdx-syntax \`<3\` is read as the start of a tag, but it is not one.",
        "  fix: To write a literal \`<\`, use \`\\<\`, as in \`\\<3\`.",
      ]
    `);
  });

  test('`<` and a symbol', () => {
    expect(body('If pain <= 3, walk.\n')).toMatchInlineSnapshot(`
      [
        "7:9 mdx-syntax \`<=\` is read as the start of a tag, but it is not one.",
        "  fix: To write a literal \`<\`, use \`\\<\`, as in \`\\<=\`.",
      ]
    `);
  });

  test('`<` and words that look like attributes: a lowercase tag is prose, reported at the `<`', () => {
    expect(body('The score <mild and low.\n')).toMatchInlineSnapshot(`
      [
        "7:11 mdx-syntax \`<mild and low.\` is read as the start of a tag, but it is not one.",
        "  fix: To write a literal \`<\`, use \`\\<\`, as in \`\\<mild and low.\`. Components are written like \`<Step id="intro">\`.",
      ]
    `);
  });

  test('an email address or a URL in angle brackets', () => {
    expect(body('Write to <help@example.org>.\n')).toMatchInlineSnapshot(`
      [
        "7:10 mdx-syntax \`<help@example.org>\` is read as a tag: links in angle brackets are not supported.",
        "  fix: Write the link as \`[help@example.org](mailto:help@example.org)\`. To write a literal \`<\`, use \`\\<\`.",
      ]
    `);
    expect(body('See <https://example.org/pain>.\n')).toMatchInlineSnapshot(`
      [
        "7:5 mdx-syntax \`<https://example.org/pain>\` is read as a tag: links in angle brackets are not supported.",
        "  fix: Write the link as \`[text](https://example.org/pain)\`. To write a literal \`<\`, use \`\\<\`.",
      ]
    `);
  });

  test('an escaped `<` parses', () => {
    expect(body('The score \\<mild. I \\<3 walking.\n')).toEqual([]);
  });
});

group('HTML comments', () => {
  test('inline', () => {
    expect(body('Breathe <!-- slowly --> in.\n')).toMatchInlineSnapshot(`
      [
        "7:9 mdx-syntax HTML comments (\`<!-- … -->\`) are not supported.",
        "  fix: Write a comment as \`{/* comment */}\`. To write a literal \`<\`, use \`\\<\`.",
      ]
    `);
  });

  test('on their own line', () => {
    expect(body('Text.\n\n<!-- TODO: add cue -->\n')).toMatchInlineSnapshot(`
      [
        "9:1 mdx-syntax HTML comments (\`<!-- … -->\`) are not supported.",
        "  fix: Write a comment as \`{/* comment */}\`. To write a literal \`<\`, use \`\\<\`.",
      ]
    `);
  });
});

group('a literal `{` in prose', () => {
  test('`{` never closed', () => {
    expect(body('Write {what you thought\n')).toMatchInlineSnapshot(`
      [
        "7:7 mdx-syntax \`{\` starts code that is never closed.",
        "  fix: To write a literal \`{\`, use \`\\{\`. Comments are written \`{/* like this */}\`.",
      ]
    `);
  });

  test('`{` never closed across paragraphs: reported at the `{`, not the end of the file', () => {
    expect(body('Note {a\n\nthing.\n\nAnother.\n')).toMatchInlineSnapshot(`
      [
        "7:6 mdx-syntax \`{\` starts code that is never closed.",
        "  fix: To write a literal \`{\`, use \`\\{\`. Comments are written \`{/* like this */}\`.",
      ]
    `);
  });

  test('`{…}` that is not valid code', () => {
    expect(body('Write {what you thought} down.\n')).toMatchInlineSnapshot(`
      [
        "7:7 mdx-syntax \`{what you thought}\` is read as code, and lessons may not contain code.",
        "  fix: To write a literal \`{\`, use \`\\{\`. Comments are written \`{/* like this */}\`.",
      ]
    `);
  });

  test('an escaped `{` parses', () => {
    expect(body('Write \\{what you thought\\} down.\n')).toEqual([]);
  });
});

group('attribute syntax', () => {
  test('an unquoted value', () => {
    expect(body('<Step id=intro>\n</Step>\n')).toMatchInlineSnapshot(`
      [
        "7:10 mdx-syntax An attribute value in \`<Step>\` must be in quotes, not start with \`i\`.",
        "  fix: Write \`name="value"\`, or a number or true/false in braces such as \`min={0}\`. If this is not meant to be a tag, write the \`<\` as \`\\<\`.",
      ]
    `);
  });

  test('an element as a value', () => {
    expect(body('<Step id=<b/>>\n</Step>\n')).toMatchInlineSnapshot(`
      [
        "7:10 mdx-syntax An attribute value in \`<Step>\` must be in quotes, not start with \`<\`.",
        "  fix: Write \`name="value"\`, or a number or true/false in braces such as \`min={0}\`. If this is not meant to be a tag, write the \`<\` as \`\\<\`.",
      ]
    `);
  });

  test('a quoted value never closed: reported at its opening quote', () => {
    expect(body('<Step id="intro>\n\nText.\n')).toMatchInlineSnapshot(`
      [
        "7:10 mdx-syntax A quoted attribute value in \`<Step>\` is never closed.",
        "  fix: Add the closing \`"\` after the value.",
      ]
    `);
    expect(body("<Step id='intro>\n\nText.\n")).toMatchInlineSnapshot(`
      [
        "7:10 mdx-syntax A quoted attribute value in \`<Step>\` is never closed.",
        "  fix: Add the closing \`'\` after the value.",
      ]
    `);
  });

  test('a value without a name', () => {
    expect(body('<Step id="a" "Intro">\n</Step>\n')).toMatchInlineSnapshot(`
      [
        "7:14 mdx-syntax Unexpected \`"\` in the tag \`<Step>\`.",
        "  fix: Attributes are written \`name="value"\`, \`min={0}\` or a bare \`multiple\`, separated by spaces, and a tag ends with \`>\` or \`/>\`. If this is not meant to be a tag, write the \`<\` as \`\\<\`.",
      ]
    `);
  });

  test('a slash not followed by `>`', () => {
    expect(body('<Crisis / x>\n')).toMatchInlineSnapshot(`
      [
        "7:11 mdx-syntax In \`<Crisis>\`, \`/\` must be followed by \`>\`.",
        "  fix: End the tag with \`/>\`. If this is not meant to be a tag, write the \`<\` as \`\\<\`.",
      ]
    `);
  });

  test('code in braces inside a tag: reported at the `{`', () => {
    expect(body('<Step {id}>\n</Step>\n')).toMatchInlineSnapshot(`
      [
        "7:7 mdx-syntax \`{id}\` in the tag \`<Step>\` is read as code.",
        "  fix: Write attributes as \`name="value"\`. Attribute values are text in quotes, or a number or true/false in braces such as \`min={0}\`.",
      ]
    `);
    expect(body('<Step {...a, ...b}>\n</Step>\n')).toMatchInlineSnapshot(`
      [
        "7:7 mdx-syntax \`{...a, ...b}\` in the tag \`<Step>\` is read as code.",
        "  fix: Write attributes as \`name="value"\`. Attribute values are text in quotes, or a number or true/false in braces such as \`min={0}\`.",
      ]
    `);
  });

  test('a value in braces that is not valid code', () => {
    expect(body('<Rating id="a" min={1 2} />\n')).toMatchInlineSnapshot(`
      [
        "7:20 mdx-syntax \`{1 2}\` is read as code, and lessons may not contain code.",
        "  fix: Attribute values are text in quotes, or a number or true/false in braces such as \`min={0}\`.",
      ]
    `);
  });
});

group('other constructs', () => {
  test('an `import`/`export` line that is not valid JavaScript: reported at the start of the statement', () => {
    expect(body('Text.\n\nexport const = 1\n')).toMatchInlineSnapshot(`
      [
        "9:1 mdx-syntax A line starting with \`import\` or \`export\` is read as JavaScript, and lessons may not contain code.",
        "  fix: Remove the line. To start a line of text with this word, reword it or capitalise it (\`Export …\`).",
      ]
    `);
    expect(body('import {\n  a,\n} frm "b"\n')).toMatchInlineSnapshot(`
      [
        "7:1 mdx-syntax A line starting with \`import\` or \`export\` is read as JavaScript, and lessons may not contain code.",
        "  fix: Remove the line. To start a line of text with this word, reword it or capitalise it (\`Export …\`).",
      ]
    `);
  });

  test('a tag continued on an unmarked line of a block quote', () => {
    expect(body('> <Show\nwhen="a">x</Show>\n')).toMatchInlineSnapshot(`
      [
        "8:1 mdx-syntax This line continues a tag that started in a block quote or list, but is not part of it.",
        "  fix: Start the line with \`>\` inside a block quote, or indent it like the rest of the list item.",
      ]
    `);
  });

  test('a `{…}` continued on an unindented line of a list item', () => {
    expect(body('- {a\nb}\n')).toMatchInlineSnapshot(`
      [
        "8:1 mdx-syntax This line continues a \`{…}\` that started in a block quote or list, but is not part of it.",
        "  fix: Start the line with \`>\` inside a block quote, or indent it like the rest of the list item. To write a literal \`{\`, use \`\\{\`.",
      ]
    `);
  });

  test('a `{…}` broken by an unmarked line of a block quote is reported at the `{`', () => {
    expect(body('> a {b\nc}\n')).toMatchInlineSnapshot(`
      [
        "7:5 mdx-syntax \`{b\` is read as code, and lessons may not contain code.",
        "  fix: To write a literal \`{\`, use \`\\{\`. Comments are written \`{/* like this */}\`.",
      ]
    `);
  });
});

group('reportMdxError', () => {
  test('reports an error it does not know in plain words with the original message', () => {
    const file = new VFile();
    reportMdxError(file, 'text', new Error('Cannot close document'));
    reportMdxError(file, 'text', new VFileMessage('Something new', { place: { line: 1, column: 2 }, source: 'micromark', ruleId: 'new' }));
    expect(describe(file, { fix: true })).toMatchInlineSnapshot(`
      [
        "? mdx-syntax The lesson is not valid MDX: Cannot close document",
        "  fix: To write a literal \`<\`, use \`\\<\`. To write a literal \`{\`, use \`\\{\`.",
        "1:2 mdx-syntax The lesson is not valid MDX: Something new",
        "  fix: To write a literal \`<\`, use \`\\<\`. To write a literal \`{\`, use \`\\{\`.",
      ]
    `);
  });

  test('falls back to the parser message when the text does not hold what it points at', () => {
    const file = new VFile();
    const error = new VFileMessage('Unexpected end of file in expression, expected a corresponding closing brace for `{`', {
      place: { line: 1, column: 5, offset: 4 },
      source: 'micromark-extension-mdx-expression',
      ruleId: 'unexpected-eof',
    });
    reportMdxError(file, 'text', error);
    expect(describe(file)).toMatchInlineSnapshot(`
      [
        "1:5 mdx-syntax The lesson is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`",
      ]
    `);
  });
});
