/**
 * Reports the errors and warnings of a front matter YAML document, in plain
 * words, at their place in the whole file. Warnings (such as an unknown tag
 * `!!js/function`) are errors here: front matter is plain data.
 *
 * @module
 */

import type { VFile } from 'vfile';
import type { Document, YAMLError } from 'yaml';
import { report } from '../../diagnostics.js';
import { pointAt, type AnchoredPoint } from '../position.js';

const quotingHint =
  'Write one `key: value` per line and indent list items as `  - item`. ' +
  'Put quotes around a value that contains `: ` or ` #`, or starts with a character such as `*`, `&`, `!`, `{`, `[`, `>`, `|`, `@` or `` ` ``.';

/**
 * Reports every problem of `document`, whose source starts at offset
 * `bodyStart` of `text`. Returns whether there was any.
 *
 * @example
 * const span = delimitFrontMatter(text);
 * reportYamlProblems(file, text, parseYaml(text.slice(span.bodyStart, span.bodyEnd)), span.bodyStart);
 */
export function reportYamlProblems(file: VFile, text: string, document: Document.Parsed, bodyStart: number): boolean {
  const problems = [...document.errors, ...document.warnings];
  let anchor: AnchoredPoint | undefined;
  for (const problem of problems) {
    const from = bodyStart + problem.pos[0];
    // yaml points at the first character of a repeated key; quote all of it.
    const to = problem.code === 'DUPLICATE_KEY' ? keyEnd(text, from) : bodyStart + Math.max(...problem.pos);
    const start = pointAt(text, from, anchor);
    anchor = start;
    const end = pointAt(text, to, start);
    const source = text.slice(from, to);
    report(file, { ruleId: 'front-matter-syntax', place: { start, end }, ...explain(problem, source) });
  }
  return problems.length > 0;
}

/** Reason and fix for one YAML problem; `source` is the text it points at. */
function explain(problem: YAMLError, source: string): { reason: string; fix: string } {
  switch (problem.code) {
    case 'DUPLICATE_KEY':
      return {
        reason: `Front matter key \`${source}\` appears more than once.`,
        fix: `Keep a single \`${source}:\` line.`,
      };
    case 'TAG_RESOLVE_FAILED':
      return {
        reason: `Front matter may not use the YAML tag \`${source}\`.`,
        fix: 'Write a plain value without a tag: front matter is data and is never run.',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        reason: 'A front matter value contains `: `, which YAML reads as the start of another key.',
        fix: 'Put the whole value in quotes, such as `title: "Pain: a guide"`.',
      };
    case 'MISSING_CHAR': {
      const quote = /^Missing closing (["'])quote$/.exec(problem.message)?.[1];
      if (quote === undefined) break;
      return { reason: 'A quoted front matter value is never closed.', fix: `Add the closing \`${quote}\` at the end of the value.` };
    }
    case 'TAB_AS_INDENT':
      return { reason: 'Front matter is indented with a tab.', fix: 'Indent with spaces, not tabs.' };
  }
  return { reason: `Front matter is not valid YAML: ${sentence(problem.message)}`, fix: quotingHint };
}

/** Offset of the end of the mapping key starting at `start` (before its `:`). */
function keyEnd(text: string, start: number): number {
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(start, lineEnd === -1 ? undefined : lineEnd);
  const length = /^.*?(?=\s*:(?:\s|$))/.exec(line)?.[0].length ?? 0;
  return start + Math.max(length, 1);
}

/** The parser's message as a sentence. */
function sentence(message: string): string {
  const trimmed = message.trim();
  return /[\p{L}\p{N}]$/u.test(trimmed) ? `${trimmed}.` : trimmed;
}
