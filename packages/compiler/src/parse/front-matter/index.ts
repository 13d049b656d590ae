/**
 * Reads the YAML front matter of a lesson: data, positions of its keys and
 * items in the whole file, and a reported message for every problem.
 *
 * @module
 */

import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { isMap, isSeq, type Document } from 'yaml';
import { report } from '../../diagnostics.js';
import { fileStart, pointAt } from '../position.js';
import { delimitFrontMatter, type FrontMatterSpan } from './delimit.js';
import { readMatter } from './gray-matter.js';
import { locateInDocument, type DataPath } from './locate.js';
import { reportYamlProblems } from './yaml-problems.js';

/** The front matter of a lesson. */
export interface FrontMatter {
  /** Plain data, or `undefined` when absent or invalid. */
  data: Record<string, unknown> | undefined;
  /** Position in the whole file of the key or item at `path`. */
  locate(path: DataPath): Position | undefined;
  /** Position of the whole block, delimiters included. */
  position: Position | undefined;
  /**
   * Offset just after the block (0 when there is none), or `undefined` when the
   * block is never closed, so the rest of the file is not Markdown.
   */
  end: number | undefined;
}

const yamlLanguages = new Set(['', 'yaml', 'yml']);
const keysHint = 'at least `id`, `title`, `module` and `minutes`';
const nowhere = (): undefined => undefined;

/**
 * Reads and checks the front matter of `text` (the contents of `file`).
 * Never evaluates it and never throws.
 *
 * @example
 * const { data, locate } = readFrontMatter(file, '---\nid: a\n---\n');
 * data // => { id: 'a' }
 * locate(['id']) // => { start: { line: 2, column: 1, offset: 4 }, end: { line: 2, column: 3, offset: 6 } }
 */
export function readFrontMatter(file: VFile, text: string): FrontMatter {
  const span = delimitFrontMatter(text);
  if (span === undefined) {
    report(file, {
      ruleId: 'front-matter-schema',
      reason: 'The lesson has no front matter.',
      place: fileStart,
      fix: `Add front matter with ${keysHint} between \`---\` lines at the top of the file.`,
    });
    return { data: undefined, locate: nowhere, position: undefined, end: 0 };
  }
  const position = { start: fileStart, end: pointAt(text, span.end) };
  const invalid: FrontMatter = { data: undefined, locate: nowhere, position, end: span.end };
  if (!span.closed) {
    report(file, {
      ruleId: 'front-matter-syntax',
      reason: 'The front matter is never closed.',
      place: { start: fileStart, end: pointAt(text, 3) },
      fix: 'Add a line with only `---` after the last front matter line.',
    });
    return { ...invalid, end: undefined };
  }
  const result = yamlLanguages.has(span.language.toLowerCase()) ? readMatter(text) : { kind: 'refused' as const };
  if (result.kind === 'refused') {
    reportLanguage(file, text, span);
    return invalid;
  }
  if (result.kind === 'empty') return { ...invalid, data: {} };
  const { document } = result;
  if (reportYamlProblems(file, text, document, span.bodyStart)) return invalid;
  const locate = (path: DataPath): Position | undefined => {
    const range = locateInDocument(document, path);
    if (range === undefined) return undefined;
    const start = pointAt(text, span.bodyStart + range[0]);
    return { start, end: pointAt(text, span.bodyStart + range[1], start) };
  };
  const data = toData(file, document, locate([]) ?? position);
  return data === undefined ? { ...invalid, locate } : { data, locate, position, end: span.end };
}

/** Reports front matter in a language other than YAML. */
function reportLanguage(file: VFile, text: string, span: FrontMatterSpan): void {
  const start = pointAt(text, span.languageStart);
  report(file, {
    ruleId: 'front-matter-language',
    reason: `Front matter is marked as \`${span.language}\`; only YAML front matter is read, never run.`,
    place: { start, end: pointAt(text, span.languageEnd, start) },
    fix: 'Write YAML front matter between `---` lines, with nothing after the opening `---`: one `key: value` per line, such as `id: pacing-basics`.',
  });
}

/** The document as a plain object, or `undefined` (reported) when it is not a mapping. */
function toData(file: VFile, document: Document.Parsed, place: Position): Record<string, unknown> | undefined {
  const contents = document.contents;
  if (contents === null) return {};
  if (!isMap(contents)) {
    report(file, {
      ruleId: 'front-matter-schema',
      reason: `Front matter must be \`key: value\` lines, not ${isSeq(contents) ? 'a list' : 'a single value'}.`,
      place,
      fix: `Write one \`key: value\` per line, with ${keysHint}, such as \`id: pacing-basics\`.`,
    });
    return undefined;
  }
  try {
    return document.toJS() as Record<string, unknown>;
  } catch (error) {
    report(file, {
      ruleId: 'front-matter-syntax',
      reason: `Front matter could not be read: ${error instanceof Error ? error.message : String(error)}.`,
      place,
      fix: 'Define each anchor (`&name`) before its alias (`*name`), or write the value out in full.',
    });
    return undefined;
  }
}
