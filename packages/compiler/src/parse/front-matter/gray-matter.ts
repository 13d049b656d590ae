/**
 * gray-matter, hardened. gray-matter's default `javascript` engine calls
 * `eval` on `---js` front matter even when `language: 'yaml'` is set, and it
 * caches results by content when called without options. Here every engine
 * it knows by name is replaced: `yaml` reads YAML without running anything,
 * all others refuse, and a language it does not know makes it throw before
 * anything is parsed. Options are always passed, so it never caches.
 *
 * @module
 */

import matter from 'gray-matter';
import { isDocument, type Document } from 'yaml';
import { parseYaml } from './yaml.js';

/** Thrown by the engines that stand in for gray-matter's non-YAML ones. */
class RefusedLanguageError extends Error {
  override name = 'RefusedLanguageError';
}

function refuse(): never {
  throw new RefusedLanguageError('Only YAML front matter is read.');
}

const options = Object.freeze({
  language: 'yaml',
  engines: Object.freeze({
    js: refuse,
    javascript: refuse,
    coffee: refuse,
    coffeescript: refuse,
    cson: refuse,
    json: refuse,
    toml: refuse,
    yaml: parseYaml,
  }),
});

/** What gray-matter made of a file's front matter. */
export type MatterResult =
  /** The YAML document of a non-empty block. */
  | { kind: 'yaml'; document: Document.Parsed }
  /** A block that holds nothing but blank lines and comments. */
  | { kind: 'empty' }
  /** A block in another language: nothing was parsed or run. */
  | { kind: 'refused' };

/**
 * Reads the front matter of `text` with gray-matter and the hardened engines.
 * Never evaluates anything and never throws.
 *
 * @example
 * readMatter('---\nid: a\n---\n').kind // => 'yaml'
 * readMatter('---js\n{ id: "a" }\n---\n').kind // => 'refused'
 */
export function readMatter(text: string): MatterResult {
  let data: unknown;
  try {
    data = matter(text, options).data;
  } catch {
    // A refusing engine, or a language gray-matter has no engine for.
    return { kind: 'refused' };
  }
  return isDocument(data) ? { kind: 'yaml', document: data as Document.Parsed } : { kind: 'empty' };
}
