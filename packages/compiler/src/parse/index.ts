/**
 * The parse stage of the compiler: one lesson file to front matter data and
 * an mdast tree, with every syntax problem and every refused construct
 * (expressions, `import`/`export`, raw HTML, unsafe links, unsupported
 * Markdown) reported on the file. Nothing in a lesson is ever evaluated.
 *
 * @module
 */

import type { Root } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { readFrontMatter } from './front-matter/index.js';
import type { DataPath } from './front-matter/locate.js';
import { blankPrefix } from './mdx/blank.js';
import { parseMdx } from './mdx/processor.js';
import { reportMdxError } from './mdx/syntax-error.js';
import { parseRules } from './rules/index.js';
import { createTreeChecker } from './walk.js';

export type { DataPath };

/** A parsed lesson. */
export interface ParsedLesson {
  /** The YAML front matter as plain data (not yet schema-validated), or undefined when absent/invalid. */
  data: Record<string, unknown> | undefined;
  /** Position in the whole file of a front-matter key or value by path, e.g. ['objectives', 1] or ['id']; the key's node for objects, the item for arrays; undefined if absent. */
  locate(path: DataPath): Position | undefined;
  /** Position of the whole front matter block (for "missing key" messages). */
  frontMatterPosition: Position | undefined;
  /** The mdast tree (with mdx nodes) of the WHOLE file, positions relative to the whole file; undefined if MDX did not parse. */
  tree: Root | undefined;
}

const checkTree = createTreeChecker(parseRules);

/**
 * Parses a lesson and reports every problem on `file` (rule ids
 * `front-matter-*`, `mdx-syntax`, `no-expression`, `no-esm`, `no-html`,
 * `link-protocol`, `unsupported-markdown`). Never throws on bad input.
 *
 * The front matter is blanked (not removed) before the MDX parse, so lines
 * and columns in the tree are those of the file.
 *
 * @example
 * const file = new VFile({ path: 'pacing/pacing-basics.mdx', value: text });
 * const { data, tree, locate } = parseLesson(file);
 * if (data !== undefined) locate(['minutes']); // where `minutes:` is written
 */
export function parseLesson(file: VFile): ParsedLesson {
  const text = withoutByteOrderMark(String(file));
  const frontMatter = readFrontMatter(file, text);
  const lesson: ParsedLesson = {
    data: frontMatter.data,
    locate: frontMatter.locate,
    frontMatterPosition: frontMatter.position,
    tree: undefined,
  };
  if (frontMatter.end === undefined) return lesson;
  const source = blankPrefix(text, frontMatter.end);
  try {
    lesson.tree = parseMdx(source);
  } catch (error) {
    reportMdxError(file, source, error);
    return lesson;
  }
  checkTree(lesson.tree, file);
  return lesson;
}

/** micromark ignores a leading byte order mark; so do front matter positions. */
function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
