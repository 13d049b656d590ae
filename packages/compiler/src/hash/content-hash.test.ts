import { describe as group, expect, test } from 'vitest';
import { contentHash } from './content-hash.js';
import { sha256Hex } from './sha256.js';

group('contentHash', () => {
  test('is `sha256:` and the digest of the canonical JSON', () => {
    // The canonical JSON of 'abc' is '"abc"'; of { b: 1, a: [2] } it is '{"a":[2],"b":1}'.
    expect(contentHash('abc')).toBe(`sha256:${sha256Hex('"abc"')}`);
    expect(contentHash({ b: 1, a: [2] })).toBe(`sha256:${sha256Hex('{"a":[2],"b":1}')}`);
    expect(contentHash({ b: 1, a: [2] })).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  test('matches known digests', () => {
    // printf '{}' | sha256sum; printf '{"a":[2],"b":1}' | sha256sum
    expect(contentHash({})).toBe('sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
    expect(contentHash({ b: 1, a: [2], c: undefined })).toBe('sha256:63c9663de90ee828bbda6cd9acf02d0c653986c1ec25aa239920641edc9a1de5');
  });

  test('does not depend on key order or undefined properties', () => {
    const lesson = { id: 'pacing-basics', title: 'Pace your day', steps: [{ id: 'why', blocks: [] }] };
    const same = { steps: [{ blocks: [], id: 'why' }], summary: undefined, title: 'Pace your day', id: 'pacing-basics' };
    expect(contentHash(same)).toBe(contentHash(lesson));
  });

  test('changes with any change of content, including array order and Unicode form', () => {
    const base = contentHash({ items: ['a', 'b'], minutes: 35 });
    expect(contentHash({ items: ['b', 'a'], minutes: 35 })).not.toBe(base);
    expect(contentHash({ items: ['a', 'b'], minutes: 36 })).not.toBe(base);
    expect(contentHash({ items: ['a', 'b'], minutes: '35' })).not.toBe(base);
    expect(contentHash('caf\u00e9')).not.toBe(contentHash('cafe\u0301'));
  });

  test('refuses NaN, naming where it is', () => {
    expect(() => contentHash({ score: Number.NaN })).toThrow(new TypeError('Cannot hash `$.score`: NaN is not a finite number.'));
  });
});
