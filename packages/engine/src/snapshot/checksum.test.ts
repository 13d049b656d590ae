import { describe, expect, it } from 'vitest';
import { checksum, fnv1a32, textChecksum } from './checksum.js';

describe('checksum', () => {
  it('is FNV-1a over the UTF-8 bytes', () => {
    // Reference values of 32-bit FNV-1a.
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    expect(fnv1a32('é')).toBe(fnv1a32('\u00e9'));
    expect(fnv1a32('😀')).not.toBe(fnv1a32('\ud83d'));
  });

  it('names the algorithm and gives eight hex digits', () => {
    expect(textChecksum('')).toBe('fnv1a32:811c9dc5');
    expect(checksum({ a: 1 })).toMatch(/^fnv1a32:[0-9a-f]{8}$/);
  });

  it('changes with any change to the data, not with key order', () => {
    expect(checksum({ a: 1, b: 2 })).toBe(checksum({ b: 2, a: 1 }));
    expect(checksum({ a: 1, b: 2 })).not.toBe(checksum({ a: 1, b: 3 }));
    expect(checksum({ answers: { pain: 4 } })).not.toBe(checksum({ answers: { pain: 5 } }));
  });
});
