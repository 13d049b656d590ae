/**
 * Finds the source range of a value in a YAML document by its path, so that
 * schema errors on front matter can point at the key or list item at fault.
 *
 * @module
 */

import { isAlias, isMap, isScalar, isSeq, Scalar, type Document, type Range } from 'yaml';

/** A path into front matter data: keys of mappings, indexes of lists. */
export type DataPath = ReadonlyArray<string | number>;

/**
 * The `[start, end)` range, relative to the YAML source, of the node at
 * `path`: the key for a mapping entry, the item for a list entry, the whole
 * document for `[]`. `undefined` when the path leads nowhere.
 *
 * @example
 * const document = parseYaml('id: a\nobjectives:\n  - x\n  - y\n');
 * locateInDocument(document, ['objectives', 1]) // => [28, 29]
 * locateInDocument(document, ['id']) // => [0, 2]
 */
export function locateInDocument(document: Document.Parsed, path: DataPath): [number, number] | undefined {
  let node: unknown = document.contents;
  let range: Range | null | undefined = document.contents?.range;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(document);
    if (typeof segment === 'number' && isSeq(node)) {
      node = node.items[segment];
      range = isRanged(node) ? node.range : undefined;
    } else if (typeof segment === 'string' && isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
      node = pair?.value;
      range = pair !== undefined && isScalar(pair.key) ? pair.key.range : undefined;
    } else {
      return undefined;
    }
    if (range === undefined || range === null) return undefined;
  }
  return range === undefined || range === null ? undefined : [range[0], range[1]];
}

/** Whether `node` is a YAML node carrying a range. */
function isRanged(node: unknown): node is { range: Range } {
  return typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range);
}

/**
 * The range of the text inside the string scalar at `path` (inside the quotes
 * of a quoted one), or `undefined` when the path does not lead to a string.
 *
 * @example
 * const document = parseYaml('when: days(practised) >= 5\n');
 * locateStringValue(document, ['when']) // => [6, 26]
 */
export function locateStringValue(document: Document.Parsed, path: DataPath): [number, number] | undefined {
  let node: unknown = document.contents;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(document);
    if (typeof segment === 'number' && isSeq(node)) node = node.items[segment];
    else if (typeof segment === 'string' && isMap(node)) node = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment)?.value;
    else return undefined;
  }
  if (!isScalar(node) || typeof node.value !== 'string' || node.range === undefined || node.range === null) return undefined;
  const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
  return quoted ? [node.range[0] + 1, node.range[1] - 1] : [node.range[0], node.range[1]];
}
