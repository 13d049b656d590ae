/**
 * The YAML reader of front matter: YAML 1.2 core schema, unique keys, no
 * custom or language-specific tags (`!!js/function`, `!!binary`, `!!set` are
 * reported, never resolved), keeping source ranges for positions.
 *
 * @module
 */

import { parseDocument, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

const options: DocumentOptions & ParseOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  customTags: [],
  resolveKnownTags: false,
  merge: false,
  uniqueKeys: true,
  prettyErrors: false,
};

/**
 * Parses one YAML document. Problems are kept on the document (`errors`,
 * `warnings`), never thrown.
 *
 * @example
 * parseYaml('id: a\n').toJS() // => { id: 'a' }
 * parseYaml('run: !!js/function "f(){}"').warnings[0].code // => 'TAG_RESOLVE_FAILED'
 */
export function parseYaml(source: string): Document.Parsed {
  // With CRLF line endings, gray-matter's block ends with the `\r` of the
  // line before the closing `---`; dropping it moves no offset.
  return parseDocument(source.endsWith('\r') ? source.slice(0, -1) : source, options);
}
