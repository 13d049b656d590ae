import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe as group, expect, test } from 'vitest';
import { sha256Hex } from './sha256.js';

group('sha256Hex', () => {
  test('matches the FIPS 180-2 test vectors', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  test('hashes the UTF-8 bytes of the text, without normalizing it', () => {
    // Digests of the same bytes from `printf … | sha256sum`.
    expect(sha256Hex('\u00e9')).toBe('4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c');
    expect(sha256Hex('e\u0301')).toBe('bf12767b0f2a56b2190075bae8169f656e3ce8d6357d4aff184bc6c7ea48f9f6');
    expect(sha256Hex('\u{1F600}')).toBe('f0443a342c5ef54783a111b51ba56c938e474c32324d90c3a60c9c8e3a37e2d9');
  });

  test('matches the one-million-a vector, which spans many blocks', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  test("agrees with Node's crypto on any text, including lengths around the 64-byte block and lone surrogates", () => {
    const node = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    for (const length of [55, 56, 63, 64, 65, 119, 120, 128]) expect(sha256Hex('x'.repeat(length))).toBe(node('x'.repeat(length)));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(node(text));
      }),
    );
  });
});
