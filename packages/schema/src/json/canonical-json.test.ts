import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined properties', () => {
    expect(canonicalJson({ b: [{ z: 1, a: null }], a: 'x', c: undefined })).toBe('{"a":"x","b":[{"a":null,"z":1}]}');
  });

  it('writes the same text for equal data built in any order', () => {
    expect(canonicalJson({ x: 1, y: { p: true, q: [1, 2] } })).toBe(canonicalJson({ y: { q: [1, 2], p: true }, x: 1 }));
  });

  it('writes values as JSON.stringify does', () => {
    expect(canonicalJson(['é', '\u2028', 1e21, -0, 0.1])).toBe(JSON.stringify(['é', '\u2028', 1e21, -0, 0.1]));
  });

  it('writes the same text as the keys are reordered at any depth', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
      }),
    );
  });

  it('reads back as the same data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
