/**
 * `unsupported-markdown`: only the Markdown every channel can render is
 * allowed (paragraphs, headings, lists, block quotes, emphasis, strong,
 * links, inline code, line breaks, thematic breaks). Images, code blocks,
 * raw HTML and footnotes are refused.
 *
 * @module
 */

import { report } from '../../diagnostics.js';
import { defineRule, type NodeType } from './rule.js';

/** What each unsupported node is called, and how to do without it. */
const unsupported = {
  image: ['Images are', 'Describe the picture in words: images cannot be shown on every channel (voice, chat, terminal).'],
  imageReference: ['Images are', 'Describe the picture in words: images cannot be shown on every channel (voice, chat, terminal).'],
  code: ['Code blocks are', 'Write the text as a paragraph, or use inline code between single backticks.'],
  html: ['Raw HTML is', 'Use Markdown or a Copekit component.'],
  footnoteDefinition: ['Footnotes are', 'List sources in the `references` front matter instead.'],
  footnoteReference: ['Footnotes are', 'List sources in the `references` front matter instead.'],
} as const satisfies Partial<Record<NodeType, readonly [string, string]>>;

/** Refuses Markdown outside the supported subset. */
export const unsupportedMarkdown = defineRule(
  Object.keys(unsupported) as (keyof typeof unsupported)[],
  (node, file) => {
    const [what, fix] = unsupported[node.type];
    report(file, { ruleId: 'unsupported-markdown', reason: `${what} not supported in lessons.`, place: node.position, fix });
  },
);
