import fc from 'fast-check';
import { describe as group, expect, test } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { checkedCanonicalJson } from './checked-json.js';

/** JSON values with keys that need escaping, that look like numbers, or hold characters beyond U+FFFF. */
const trickyKey = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('0', '1', '10', '2', '__proto__', '😀', '～', '\ud800', 'a"b'));
const value = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary' }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('json')),
    fc.dictionary(trickyKey, tie('json')),
  ),
})).json;

group('checkedCanonicalJson', () => {
  test('writes the same text as the fast writer of canonicalJson', () => {
    fc.assert(
      fc.property(value, (json) => {
        expect(canonicalJson(json)).toBe(checkedCanonicalJson(json));
      }),
      { numRuns: 500 },
    );
  });

  test('takes over nesting deeper than the fast writer goes, with the same text', () => {
    let deep: unknown = 'leaf';
    for (let depth = 0; depth < 200; depth++) deep = depth % 2 === 0 ? [deep] : { b: deep, a: depth };
    const text = checkedCanonicalJson(deep);
    expect(canonicalJson(deep)).toBe(text);
    expect(JSON.parse(text)).toEqual(deep);
  });

  test('names the path of the first value that is not plain data, also below the depth the fast writer goes', () => {
    let deep: unknown = { minutes: Number.NaN };
    for (let depth = 0; depth < 70; depth++) deep = { steps: [deep] };
    const path = `$${'.steps[0]'.repeat(70)}.minutes`;
    expect(() => canonicalJson(deep)).toThrow(new TypeError(`Cannot hash \`${path}\`: NaN is not a finite number.`));
    expect(() => checkedCanonicalJson({ a: [1, undefined] })).toThrow('Cannot hash `$.a[1]`: arrays cannot hold undefined or holes.');
  });

  test('lets errors thrown by getters through, from either writer', () => {
    const failing = {
      get broken(): never {
        throw new RangeError('getter failed');
      },
    };
    expect(() => canonicalJson({ failing })).toThrow(new RangeError('getter failed'));
    expect(() => checkedCanonicalJson({ failing })).toThrow(new RangeError('getter failed'));
  });

  test('sorts many distinct keys correctly, beyond the keys remembered between calls', () => {
    const object: Record<string, number> = {};
    for (let index = 0; index < 6000; index++) object[`k${(index * 7919) % 6000}`] = index;
    const text = canonicalJson(object);
    expect(text).toBe(checkedCanonicalJson(object));
    expect(Object.keys(JSON.parse(text) as object)).toEqual(Object.keys(object).sort());
  });
});
