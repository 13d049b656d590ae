/**
 * Reads `curriculum.yaml` and `instruments/*.yaml` with the front matter's
 * YAML reader (core schema, no custom tags, unique keys): plain data plus the
 * position of any key or list item, and a positioned message for every YAML
 * problem.
 *
 * @module
 */

import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { isDocument } from 'yaml';
import { report } from '../diagnostics.js';
import { locateInDocument, locateStringValue, type DataPath } from '../parse/front-matter/locate.js';
import type { ValueSpan } from '../lower/attribute-place.js';
import { parseYaml } from '../parse/front-matter/yaml.js';
import { fileStart, pointAt } from '../parse/position.js';
import type { RuleId } from '../rules.js';

/** A YAML file read as data. */
export interface YamlSource {
  /** The data, or `undefined` when the file is not valid YAML (reported). */
  data: unknown;
  /** Position of the key or list item at `path`. */
  locate(path: DataPath): Position | undefined;
  /** Where the text of the string value at `path` sits, to point inside it; `undefined` for other values. */
  span(path: DataPath): ValueSpan | undefined;
}

/**
 * Reads `text` (the contents of `file`) as YAML, reporting problems under
 * `ruleId`.
 *
 * @example
 * const { data, locate } = readYamlSource(file, 'id: a\n', 'manifest');
 * data // => { id: 'a' }
 * locate(['id']) // => { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 3, offset: 2 } }
 */
export function readYamlSource(file: VFile, text: string, ruleId: RuleId): YamlSource {
  const document = parseYaml(text);
  const locate = (path: DataPath): Position | undefined => {
    const range = locateInDocument(document, path);
    if (range === undefined) return undefined;
    const start = pointAt(text, range[0]);
    return { start, end: pointAt(text, range[1], start) };
  };
  const span = (path: DataPath): ValueSpan | undefined => {
    const range = locateStringValue(document, path);
    return range === undefined ? undefined : { start: pointAt(text, range[0]), raw: text.slice(range[0], range[1]) };
  };
  const problems = [...document.errors, ...document.warnings];
  for (const problem of problems) {
    const start = pointAt(text, problem.pos[0]);
    report(file, {
      ruleId,
      reason: `Not valid YAML: ${problem.message.trim().split('\n')[0]}`,
      place: { start, end: pointAt(text, Math.max(problem.pos[0], problem.pos[1]), start) },
      fix: 'Write one `key: value` per line, indent with spaces, and quote values that contain `: ` or ` #`.',
    });
  }
  if (problems.length > 0 || !isDocument(document)) return { data: undefined, locate, span };
  try {
    return { data: document.toJS(), locate, span };
  } catch (error) {
    report(file, {
      ruleId,
      reason: `Could not read the YAML: ${error instanceof Error ? error.message : String(error)}`,
      place: fileStart,
      fix: 'Define each anchor (`&name`) before its alias (`*name`), or write the value out in full.',
    });
    return { data: undefined, locate, span };
  }
}
