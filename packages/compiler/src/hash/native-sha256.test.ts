import fc from 'fast-check';
import { describe as group, expect, test } from 'vitest';
import { nativeSha256From, nativeSha256Hex } from './native-sha256.js';
import { portableSha256Hex } from './portable-sha256.js';

group('nativeSha256Hex', () => {
  test('is found in Node.js, through process.getBuiltinModule', () => {
    expect(nativeSha256Hex).toBeTypeOf('function');
    expect(nativeSha256Hex!('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('gives the digest of the portable implementation on any text, lone surrogates included', () => {
    const native = nativeSha256Hex!;
    for (const length of [0, 55, 56, 63, 64, 65, 119, 120, 128, 100_000]) expect(native('é'.repeat(length))).toBe(portableSha256Hex('é'.repeat(length)));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(native(text)).toBe(portableSha256Hex(text));
      }),
      { numRuns: 500 },
    );
    expect(native('a\ud800b')).toBe(portableSha256Hex('a\ufffdb'));
  });
});

group('nativeSha256From', () => {
  test('finds nothing without a Node.js process (a browser) or without getBuiltinModule (Node.js before 20.16)', () => {
    expect(nativeSha256From(undefined)).toBeUndefined();
    expect(nativeSha256From({})).toBeUndefined();
  });

  test('finds nothing when node:crypto is refused or has no createHash', () => {
    const refusing = {
      getBuiltinModule: () => {
        throw new Error('not allowed');
      },
    };
    expect(nativeSha256From(refusing)).toBeUndefined();
    expect(nativeSha256From({ getBuiltinModule: () => undefined })).toBeUndefined();
    expect(nativeSha256From({ getBuiltinModule: () => ({}) })).toBeUndefined();
  });

  test('asks for node:crypto and uses its createHash', () => {
    const asked: string[] = [];
    const hash = nativeSha256From({
      getBuiltinModule: (id) => {
        asked.push(id);
        return process.getBuiltinModule(id);
      },
    });
    expect(asked).toEqual(['node:crypto']);
    expect(hash?.('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
