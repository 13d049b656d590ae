import { describe as group, expect, test } from 'vitest';
import { frontMatter, messages } from '../test-helpers.js';

function body(text: string): string[] {
  return messages(frontMatter + text, { fix: true });
}

group('no-expression', () => {
  test('allows comments, literal numbers and booleans in attributes, and quoted text', () => {
    const lesson = [
      '{/* A comment on its own line */}',
      '',
      'Text {/* an inline comment */} and {// a line comment',
      '}.',
      '',
      '<Rating id="pain" label="Pain {now}" min={0} max={10} step={2.5} low={-1} />',
      '<Choice id="c" label="C" multiple multiple2={true} optional={false} />',
    ].join('\n');
    expect(body(lesson)).toEqual([]);
  });

  test('refuses `{…}` in prose, in flow and in text, and says how to write braces', () => {
    expect(body('{thought}\n\nI had a {thought} today.\n')).toMatchInlineSnapshot(`
      [
        "7:1-7:10 no-expression \`{thought}\` is read as code, and lessons may not contain code.",
        "  fix: To show braces, write \`\\{thought\\}\`. Comments are written \`{/* like this */}\`.",
        "9:9-9:18 no-expression \`{thought}\` is read as code, and lessons may not contain code.",
        "  fix: To show braces, write \`\\{thought\\}\`. Comments are written \`{/* like this */}\`.",
      ]
    `);
  });

  test('refuses empty braces, which hold no comment', () => {
    expect(body('Empty {} braces and { }.\n')).toMatchInlineSnapshot(`
      [
        "7:7-7:9 no-expression \`{}\` is read as code, and lessons may not contain code.",
        "  fix: To show braces, write \`\\{\\}\`. Comments are written \`{/* like this */}\`.",
        "7:21-7:24 no-expression \`{}\` is read as code, and lessons may not contain code.",
        "  fix: To show braces, write \`\\{\\}\`. Comments are written \`{/* like this */}\`.",
      ]
    `);
  });

  test('quotes long or multi-line code on one shortened line', () => {
    expect(body('{[\n  "a very long array literal",\n  "spread over several lines"\n]}\n')).toMatchInlineSnapshot(`
      [
        "7:1-10:3 no-expression \`{[ "a very long array literal", "spread …}\` is read as code, and lessons may not contain code.",
        "  fix: To show braces, write \`\\{[ "a very long array literal", "spread …\\}\`. Comments are written \`{/* like this */}\`.",
      ]
    `);
  });

  test('refuses code in attribute values, and suggests quotes for a string literal', () => {
    expect(body('<Rating id="a" label={"Pain"} min={a} max={10 + 1} flag={!true} big={1n} neg={-true} />\n')).toMatchInlineSnapshot(`
      [
        "7:16-7:30 no-expression \`label={"Pain"}\` is read as code, and lessons may not contain code.",
        "  fix: Write \`label="Pain"\`.",
        "7:31-7:38 no-expression \`min={a}\` is read as code, and lessons may not contain code.",
        "  fix: Attribute values are text in quotes (\`label="…"\`), or a number or true/false in braces (\`min={0}\`, \`multiple={true}\`).",
        "7:39-7:51 no-expression \`max={10 + 1}\` is read as code, and lessons may not contain code.",
        "  fix: Attribute values are text in quotes (\`label="…"\`), or a number or true/false in braces (\`min={0}\`, \`multiple={true}\`).",
        "7:52-7:64 no-expression \`flag={!true}\` is read as code, and lessons may not contain code.",
        "  fix: Attribute values are text in quotes (\`label="…"\`), or a number or true/false in braces (\`min={0}\`, \`multiple={true}\`).",
        "7:65-7:73 no-expression \`big={1n}\` is read as code, and lessons may not contain code.",
        "  fix: Attribute values are text in quotes (\`label="…"\`), or a number or true/false in braces (\`min={0}\`, \`multiple={true}\`).",
        "7:74-7:85 no-expression \`neg={-true}\` is read as code, and lessons may not contain code.",
        "  fix: Attribute values are text in quotes (\`label="…"\`), or a number or true/false in braces (\`min={0}\`, \`multiple={true}\`).",
      ]
    `);
  });

  test('refuses a template literal and an element as attribute values', () => {
    expect(body('<Step id="a" title={`T`} icon={<b />}>\n</Step>\n')).toMatchInlineSnapshot(`
      [
        "7:14-7:25 no-expression \`title={\`T\`}\` is read as code, and lessons may not contain code.",
        "  fix: Attribute values are text in quotes (\`label="…"\`), or a number or true/false in braces (\`min={0}\`, \`multiple={true}\`).",
        "7:26-7:38 no-expression \`icon={<b />}\` is read as code, and lessons may not contain code.",
        "  fix: Attribute values are text in quotes (\`label="…"\`), or a number or true/false in braces (\`min={0}\`, \`multiple={true}\`).",
      ]
    `);
  });

  test('refuses spread attributes', () => {
    expect(body('<Step {...props} id="a">\n</Step>\n')).toMatchInlineSnapshot(`
      [
        "7:7-7:17 no-expression \`{...props}\` is read as code, and lessons may not contain code.",
        "  fix: Write each attribute out as \`name="value"\`. Attribute values are text in quotes (\`label="…"\`), or a number or true/false in braces (\`min={0}\`, \`multiple={true}\`).",
      ]
    `);
  });

  test('checks attributes of elements in text, and of elements nested in other elements', () => {
    expect(body('<Step id="a">\n\nRate <Rating id="b" min={x} /> now.\n\n</Step>\n')).toMatchInlineSnapshot(`
      [
        "9:21-9:28 no-expression \`min={x}\` is read as code, and lessons may not contain code.",
        "  fix: Attribute values are text in quotes (\`label="…"\`), or a number or true/false in braces (\`min={0}\`, \`multiple={true}\`).",
      ]
    `);
  });
});
