/**
 * `no-html`: lessons hold no raw HTML. In MDX, `<div>` or `<br/>` is a JSX
 * element with a lowercase name; names with `.` or `:` (`<motion.div>`,
 * `<svg:rect>`) and fragments (`<>…</>`) are JSX too. Capitalised names are
 * left to the component checks.
 *
 * @module
 */

import { report } from '../../diagnostics.js';
import { defineRule } from './rule.js';

const general = 'Use Markdown or a Copekit component such as `<Step>`, `<Show>` or `<CoachNote>`.';

/** Markdown for the HTML elements authors reach for most. */
const markdownFor: Record<string, string> = {
  a: 'Write a link as `[text](https://…)`.',
  b: 'Write bold text as `**bold**`.',
  strong: 'Write bold text as `**bold**`.',
  i: 'Write italic text as `*italic*`.',
  em: 'Write italic text as `*italic*`.',
  br: 'For a line break, end the line with a backslash `\\`.',
  p: 'Separate paragraphs with a blank line.',
  ul: 'Write list items on lines starting with `- `.',
  ol: 'Write numbered list items on lines starting with `1. `.',
  li: 'Write list items on lines starting with `- `.',
  hr: 'Write a line with only `---` (with a blank line before it) for a thematic break.',
  code: 'Write inline code between backticks: `` `code` ``.',
  blockquote: 'Start quoted lines with `> `.',
  h1: 'Write a heading as `# Heading`.',
  h2: 'Write a heading as `## Heading`.',
  h3: 'Write a heading as `### Heading`.',
  h4: 'Write a heading as `#### Heading`.',
  img: 'Images are not supported: describe the picture in words.',
};

/** Refuses HTML elements, namespaced or member names, and fragments. */
export const noHtml = defineRule(['mdxJsxFlowElement', 'mdxJsxTextElement'], (node, file) => {
  const name = node.name;
  if (name === null) {
    report(file, {
      ruleId: 'no-html',
      reason: 'Fragments (`<>…</>`) are not supported.',
      place: node.position,
      fix: `Remove \`<>\` and \`</>\` and keep their content. ${general}`,
    });
    return;
  }
  const html = /^\p{Ll}/u.test(name);
  if (!html && !name.includes('.') && !name.includes(':')) return;
  report(file, {
    ruleId: 'no-html',
    reason: html
      ? `\`<${name}>\` is raw HTML, which lessons may not contain.`
      : `\`<${name}>\` is neither Markdown nor a Copekit component.`,
    place: node.position,
    fix: `${Object.hasOwn(markdownFor, name) ? `${markdownFor[name]} ` : ''}${general} To write a literal \`<\`, use \`\\<\`.`,
  });
});
