import { describe as group, expect, test } from 'vitest';
import { frontMatter, messages } from '../test-helpers.js';

function body(text: string): string[] {
  return messages(frontMatter + text, { fix: true });
}

group('no-esm', () => {
  test('refuses imports', () => {
    expect(body('import { Rating } from "./rating.js"\n\nText.\n')).toMatchInlineSnapshot(`
      [
        "7:1-7:37 no-esm \`import { Rating } from "./rating.js"\` is JavaScript: lessons may not \`import\` anything.",
        "  fix: Remove the line: Copekit components are available without importing them. To start a line of text with this word, reword it or capitalise it (\`Export …\`).",
      ]
    `);
  });

  test('refuses exports, including multi-line ones', () => {
    expect(body('Text.\n\nexport const meta = {\n  title: "x",\n}\n')).toMatchInlineSnapshot(`
      [
        "9:1-11:2 no-esm \`export const meta = { title: "x", }\` is JavaScript: lessons may not \`export\` anything.",
        "  fix: Remove the line: Copekit components are available without importing them. To start a line of text with this word, reword it or capitalise it (\`Export …\`).",
      ]
    `);
  });

  test('allows the words at the start of a line when capitalised or not followed by a space', () => {
    expect(body('Import your plan.\n\nExport it.\n\nimported words are fine.\n')).toEqual([]);
  });
});
