import { describe as group, expect, test } from 'vitest';
import { frontMatter, messages } from '../test-helpers.js';

function body(text: string): string[] {
  return messages(frontMatter + text, { fix: true });
}

group('no-html', () => {
  test('refuses lowercase elements with a Markdown hint for the common ones', () => {
    expect(body('<div>\n\nText.\n\n</div>\n\nLine<br/>break and <b>bold</b> and <span>x</span>.\n')).toMatchInlineSnapshot(`
      [
        "7:1-11:7 no-html \`<div>\` is raw HTML, which lessons may not contain.",
        "  fix: Use Markdown or a Copekit component such as \`<Step>\`, \`<Show>\` or \`<CoachNote>\`. To write a literal \`<\`, use \`\\<\`.",
        "13:5-13:10 no-html \`<br>\` is raw HTML, which lessons may not contain.",
        "  fix: For a line break, end the line with a backslash \`\\\`. Use Markdown or a Copekit component such as \`<Step>\`, \`<Show>\` or \`<CoachNote>\`. To write a literal \`<\`, use \`\\<\`.",
        "13:20-13:31 no-html \`<b>\` is raw HTML, which lessons may not contain.",
        "  fix: Write bold text as \`**bold**\`. Use Markdown or a Copekit component such as \`<Step>\`, \`<Show>\` or \`<CoachNote>\`. To write a literal \`<\`, use \`\\<\`.",
        "13:36-13:50 no-html \`<span>\` is raw HTML, which lessons may not contain.",
        "  fix: Use Markdown or a Copekit component such as \`<Step>\`, \`<Show>\` or \`<CoachNote>\`. To write a literal \`<\`, use \`\\<\`.",
      ]
    `);
  });

  test('refuses namespaced and member names', () => {
    expect(body('<svg:rect />\n\n<Motion.Div>x</Motion.Div>\n')).toMatchInlineSnapshot(`
      [
        "7:1-7:13 no-html \`<svg:rect>\` is raw HTML, which lessons may not contain.",
        "  fix: Use Markdown or a Copekit component such as \`<Step>\`, \`<Show>\` or \`<CoachNote>\`. To write a literal \`<\`, use \`\\<\`.",
        "9:1-9:27 no-html \`<Motion.Div>\` is neither Markdown nor a Copekit component.",
        "  fix: Use Markdown or a Copekit component such as \`<Step>\`, \`<Show>\` or \`<CoachNote>\`. To write a literal \`<\`, use \`\\<\`.",
      ]
    `);
  });

  test('refuses fragments', () => {
    expect(body('<>\n\nText.\n\n</>\n')).toMatchInlineSnapshot(`
      [
        "7:1-11:4 no-html Fragments (\`<>…</>\`) are not supported.",
        "  fix: Remove \`<>\` and \`</>\` and keep their content. Use Markdown or a Copekit component such as \`<Step>\`, \`<Show>\` or \`<CoachNote>\`.",
      ]
    `);
  });

  test('leaves capitalised components, known or not, to the component checks', () => {
    expect(body('<Step id="a">\n\n<Unknown />\n\n<Ünicode />\n\n</Step>\n')).toEqual([]);
  });
});
