/**
 * Code point order of strings, the key order of canonical JSON and the
 * order of paths and ids in the bundle.
 *
 * @module
 */

/**
 * Orders strings by Unicode code point. JavaScript's default sort compares
 * UTF-16 code units, which puts U+10000 and above (stored as surrogates,
 * 0xD800–0xDFFF) before U+E000–U+FFFF; shifting the code units restores code
 * point order without decoding. For strings without surrogates both orders
 * are the same.
 *
 * @example
 * ```ts
 * ['😀', '～'].sort(compareCodePoints); // => ['～', '😀'] (U+FF5E before U+1F600)
 * ```
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}
