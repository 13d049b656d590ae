/**
 * Helpers for the parse stage tests.
 *
 * @module
 */

import { VFile } from 'vfile';
import { parseLesson, type ParsedLesson } from './index.js';

/** Valid front matter of six lines: a lesson body starts on line 7. */
export const frontMatter = '---\nid: pacing-basics\ntitle: Pace your day\nmodule: pacing\nminutes: 35\n---\n';

/** A parsed lesson with its file. */
export interface Parsed extends ParsedLesson {
  file: VFile;
}

/**
 * Parses `value` as the lesson `pacing/pacing-basics.mdx`.
 *
 * @example
 * parse(frontMatter + 'Hello').tree
 */
export function parse(value: string): Parsed {
  const file = new VFile({ path: 'pacing/pacing-basics.mdx', value });
  return { ...parseLesson(file), file };
}

/**
 * Messages of a lesson as `line:column rule-id reason`, and with `fix: true`
 * the fix hint on the next entry.
 *
 * @example
 * messages(frontMatter + '{x}') // => ['7:1-7:4 no-expression `{x}` is read as code, …']
 */
export function messages(value: string, options: { fix?: boolean } = {}): string[] {
  return describe(parse(value).file, options);
}

/** The messages of `file`, formatted as by {@link messages}. */
export function describe(file: VFile, options: { fix?: boolean } = {}): string[] {
  return file.messages.flatMap((message) => {
    const place = message.place;
    const at =
      place === undefined
        ? '?'
        : 'start' in place
          ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
          : `${place.line}:${place.column}`;
    const line = `${at} ${message.ruleId} ${message.reason}`;
    return options.fix === true ? [line, `  fix: ${message.note ?? ''}`] : [line];
  });
}
