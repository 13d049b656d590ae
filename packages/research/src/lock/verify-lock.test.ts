import { describe, expect, it } from 'vitest';
import { baseBundle } from '../../test/fixtures/base-bundle.js';
import { lessonOf, stepAdded, variant, wordingChanged } from '../../test/fixtures/variants.js';
import { createLock } from './create-lock.js';
import { LockMismatchError } from './lock-mismatch-error.js';
import { assertLock, verifyLock } from './verify-lock.js';

const lock = createLock(baseBundle, { engineVersion: '0.1.0' });

describe('verifyLock', () => {
  it('accepts the bundle it was made from', () => {
    expect(verifyLock(lock, baseBundle)).toEqual({ ok: true });
    expect(verifyLock(lock, baseBundle, { engineVersion: '0.1.0' })).toEqual({ ok: true });
  });

  it('breaks on a one-word change and names the lesson', () => {
    const result = verifyLock(lock, { ...wordingChanged, curriculum: { ...wordingChanged.curriculum, version: '1.0.0' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.differences).toEqual([
      { lesson: 'pacing-basics', expected: lessonOf(baseBundle, 'pacing-basics').hash, actual: lessonOf(wordingChanged, 'pacing-basics').hash },
    ]);
    expect(result.fields).toEqual([{ field: 'bundleHash', expected: baseBundle.hash, actual: wordingChanged.hash }]);
    expect(result.message).toContain('lesson "pacing-basics" changed');
    expect(result.message).not.toContain('daily-check-in');
  });

  it('reports the version bump, added and removed lessons', () => {
    const renamed = variant((bundle) => {
      lessonOf(bundle, 'daily-check-in').id = 'check-in-daily';
    }, '2.0.0');
    const result = verifyLock(lock, renamed);
    if (result.ok) throw new Error('expected a mismatch');
    expect(result.differences.map(({ lesson, expected, actual }) => [lesson, expected !== null, actual !== null])).toEqual([
      ['check-in-daily', false, true],
      ['daily-check-in', true, false],
    ]);
    expect(result.fields.map((field) => field.field)).toEqual(['curriculum.version', 'bundleHash']);
    expect(result.message.replace(/sha256:[0-9a-f]+/g, 'sha256:…')).toMatchInlineSnapshot(`
      "The bundle does not match copekit.lock.json (demo-pain 1.0.0):
        - lesson "check-in-daily" is in the bundle but not in the lock (added)
        - lesson "daily-check-in" is locked but missing from the bundle (removed)
        - curriculum.version: locked 1.0.0, found 2.0.0
        - bundleHash: locked sha256:…, found sha256:…
      Build the bundle from the locked curriculum version, or run \`copekit lock\` to pin the new content on purpose."
    `);
  });

  it('checks the engine version only when one is given', () => {
    expect(verifyLock(lock, baseBundle).ok).toBe(true);
    const result = verifyLock(lock, baseBundle, { engineVersion: '0.2.0' });
    if (result.ok) throw new Error('expected a mismatch');
    expect(result.fields).toEqual([{ field: 'engineVersion', expected: '0.1.0', actual: '0.2.0' }]);
    expect(result.differences).toEqual([]);
  });

  it('checks the curriculum id', () => {
    const other = { ...baseBundle, curriculum: { ...baseBundle.curriculum, id: 'other' } };
    const result = verifyLock(lock, other);
    expect(result.ok === false && result.fields).toEqual([{ field: 'curriculum.id', expected: 'demo-pain', actual: 'other' }]);
  });
});

describe('assertLock', () => {
  it('passes silently on a match', () => {
    expect(() => assertLock(lock, baseBundle)).not.toThrow();
  });

  it('throws a LockMismatchError naming the lessons that differ', () => {
    let caught: unknown;
    try {
      assertLock(lock, stepAdded);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LockMismatchError);
    const error = caught as LockMismatchError;
    expect(error.code).toBe('COPEKIT_LOCK_MISMATCH');
    expect(error.name).toBe('LockMismatchError');
    expect(error.message).toContain('lesson "pacing-basics" changed');
    expect(error.differences.map((difference) => difference.lesson)).toEqual(['pacing-basics']);
    expect(error.fields.map((field) => field.field)).toEqual(['curriculum.version', 'bundleHash']);
  });
});
