import { createHash } from 'node:crypto';
import { describe as group, expect, test } from 'vitest';
import { portableSha256Hex } from './portable-sha256.js';

group('portableSha256Hex', () => {
  test('matches the FIPS 180-2 test vectors', () => {
    expect(portableSha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(portableSha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(portableSha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  test('hashes the UTF-8 bytes of the text, lone surrogates as U+FFFD', () => {
    const node = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    for (const text of ['\u00e9', 'e\u0301', '\u{1F600}', '\udc00x', 'x\ud83d']) expect(portableSha256Hex(text)).toBe(node(text));
    expect(portableSha256Hex('\ud800')).toBe(portableSha256Hex('\ufffd'));
  });
});
