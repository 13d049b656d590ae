import fc from 'fast-check';
import { describe as group, expect, test } from 'vitest';
import { canonicalJson, compareCodePoints } from './canonical-json.js';

group('canonicalJson', () => {
  test('sorts keys, drops whitespace and undefined properties, keeps array order', () => {
    expect(canonicalJson({ b: [3, 1, 2], a: { d: undefined, c: true, e: null }, ' ': 'x' })).toBe(
      '{" ":"x","a":{"c":true,"e":null},"b":[3,1,2]}',
    );
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson('é\n"')).toBe('"é\\n\\""');
  });

  test('gives the same text whatever the order in which keys were added', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(object));
      }),
    );
  });

  test('is JSON that parses back to the same data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  test('reads back to itself: canonical text is a fixed point', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  test('escapes keys and strings as JSON, including lone surrogates', () => {
    expect(canonicalJson({ 'a"b\n': '\ud800', '\u0000': '\t' })).toBe('{"\\u0000":"\\t","a\\"b\\n":"\\ud800"}');
  });

  test('sorts the keys of objects nested in arrays, and reads getters', () => {
    const withGetter = {
      get b() {
        return 2;
      },
      a: 1,
    };
    expect(canonicalJson([{ z: 1, y: [{ d: 1, c: 2 }] }, withGetter])).toBe('[{"y":[{"c":2,"d":1}],"z":1},{"a":1,"b":2}]');
  });

  test('writes numbers as JSON does, and -0 as 0', () => {
    expect(canonicalJson([0, -0, 1.5, -2, 1e21, 5e-324, 0.1 + 0.2])).toBe('[0,0,1.5,-2,1e+21,5e-324,0.30000000000000004]');
  });

  test('orders keys by code point, not by UTF-16 code unit', () => {
    // U+FF5E sorts before U+1F600 by code point; as UTF-16 the surrogate 0xD83D comes first.
    expect(canonicalJson({ '😀': 1, '～': 2, z: 3, '': 4 })).toBe('{"":4,"z":3,"～":2,"😀":1}');
    expect(['😀', '～'].sort()).toEqual(['😀', '～']);
  });

  test('does not normalize Unicode', () => {
    expect(canonicalJson('\u00e9')).not.toBe(canonicalJson('e\u0301'));
    expect(canonicalJson({ '\u00e9': 1, 'e\u0301': 2 })).toBe('{"e\u0301":2,"\u00e9":1}');
  });

  test('refuses values that are not plain JSON data, naming the path', () => {
    expect(() => canonicalJson({ lessons: [{ steps: [{}, { blocks: [{ min: 0, max: Number.NaN }] }] }] })).toThrow(
      'Cannot hash `$.lessons[0].steps[1].blocks[0].max`: NaN is not a finite number.',
    );
    expect(() => canonicalJson({ lessons: [{ minutes: Number.NaN }] })).toThrow(new TypeError('Cannot hash `$.lessons[0].minutes`: NaN is not a finite number.'));
    expect(() => canonicalJson([1, Number.POSITIVE_INFINITY])).toThrow('Cannot hash `$[1]`: Infinity is not a finite number.');
    expect(() => canonicalJson({ 'a key': -Infinity })).toThrow('Cannot hash `$["a key"]`: -Infinity is not a finite number.');
    expect(() => canonicalJson({ when: new Date(0) })).toThrow('Cannot hash `$.when`: a Date is not plain JSON data.');
    expect(() => canonicalJson({ map: new Map() })).toThrow('Cannot hash `$.map`: a Map is not plain JSON data.');
    expect(() => canonicalJson({ f: () => 1 })).toThrow('Cannot hash `$.f`: a function is not plain JSON data.');
    expect(() => canonicalJson({ n: 1n })).toThrow('Cannot hash `$.n`: a bigint is not plain JSON data.');
    expect(() => canonicalJson({ s: Symbol('s') })).toThrow('Cannot hash `$.s`: a symbol is not plain JSON data.');
    expect(() => canonicalJson(undefined)).toThrow('Cannot hash `$`: undefined is not plain JSON data.');
    expect(() => canonicalJson([1, undefined])).toThrow('Cannot hash `$[1]`: arrays cannot hold undefined or holes.');
    expect(() => canonicalJson([1, , 3])).toThrow('Cannot hash `$[1]`: arrays cannot hold undefined or holes.');
    expect(() => canonicalJson(Object.create({ inherited: 1 }))).toThrow('Cannot hash `$`: an object with a custom prototype is not plain JSON data.');
    expect(() => canonicalJson([new Error('x')])).toThrow('Cannot hash `$[0]`: an Error is not plain JSON data.');
    class Lesson {}
    expect(() => canonicalJson({ lesson: new Lesson() })).toThrow('Cannot hash `$.lesson`: a Lesson is not plain JSON data.');
  });

  test('accepts objects without a prototype', () => {
    const object = Object.create(null) as Record<string, unknown>;
    object.b = 1;
    object.a = 2;
    expect(canonicalJson(object)).toBe('{"a":2,"b":1}');
  });

  test('refuses circular references but accepts shared ones', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: [shared] })).toBe('{"a":{"x":1},"b":[{"x":1}]}');
    const loop: Record<string, unknown> = { id: 'a' };
    loop.self = { back: loop };
    expect(() => canonicalJson(loop)).toThrow('Cannot hash `$.self.back`: it refers back to an object that contains it.');
  });
});

group('compareCodePoints', () => {
  test('agrees with comparing the arrays of code points', () => {
    const byCodePoints = (a: string, b: string) => {
      const x = [...a].map((char) => char.codePointAt(0)!);
      const y = [...b].map((char) => char.codePointAt(0)!);
      for (let index = 0; index < Math.min(x.length, y.length); index++) if (x[index] !== y[index]) return x[index]! - y[index]!;
      return x.length - y.length;
    };
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(byCodePoints(a, b)));
      }),
    );
  });
});
