import { describe, expect, it } from 'vitest';
import { baseBundle } from '../../test/fixtures/base-bundle.js';
import { createLock } from './create-lock.js';
import { parseLock } from './parse-lock.js';
import { serializeLock } from './serialize-lock.js';

describe('serializeLock', () => {
  it('writes sorted keys, 2-space indent and a trailing newline', () => {
    const text = serializeLock(createLock(baseBundle, { engineVersion: '0.1.0' })).replace(/sha256:[0-9a-f]{64}/g, 'sha256:<hex>');
    expect(text).toMatchInlineSnapshot(`
      "{
        "bundleHash": "sha256:<hex>",
        "curriculum": {
          "id": "demo-pain",
          "version": "1.0.0"
        },
        "engineVersion": "0.1.0",
        "lessons": {
          "daily-check-in": "sha256:<hex>",
          "pacing-basics": "sha256:<hex>",
          "safety-check": "sha256:<hex>"
        },
        "lockfileVersion": 1
      }
      "
    `);
  });

  it('gives the same bytes whatever the key order of the input', () => {
    const lock = createLock(baseBundle, { engineVersion: '0.1.0' });
    const shuffled = {
      engineVersion: lock.engineVersion,
      lessons: Object.fromEntries(Object.entries(lock.lessons).reverse()),
      bundleHash: lock.bundleHash,
      curriculum: { version: lock.curriculum.version, id: lock.curriculum.id },
      lockfileVersion: lock.lockfileVersion,
    };
    expect(serializeLock(shuffled)).toBe(serializeLock(lock));
  });

  it('round-trips through parseLock', () => {
    const lock = createLock(baseBundle, { engineVersion: '0.1.0' });
    expect(parseLock(serializeLock(lock))).toEqual(lock);
  });
});
