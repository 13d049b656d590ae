import { describe, expect, it } from 'vitest';
import { baseBundle } from '../../test/fixtures/base-bundle.js';
import { createLock } from './create-lock.js';
import { parseLock } from './parse-lock.js';

const valid = createLock(baseBundle, { engineVersion: '0.1.0' });
const text = (patch: Record<string, unknown>) => JSON.stringify({ ...valid, ...patch });

describe('parseLock', () => {
  it('reads a valid lockfile', () => {
    expect(parseLock(JSON.stringify(valid))).toEqual(valid);
  });

  it('explains invalid JSON', () => {
    expect(() => parseLock('{')).toThrow(/copekit\.lock\.json is not valid JSON .*regenerate it with `copekit lock`/);
  });

  it.each([
    [{ lockfileVersion: 2 }, '`lockfileVersion` must be 1'],
    [{ curriculum: 'demo' }, '`curriculum` must be an object'],
    [{ curriculum: { id: 'Demo Pain', version: '1.0.0' } }, '`curriculum.id` must be a kebab-case curriculum id, found "Demo Pain"'],
    [{ curriculum: { id: 'demo', version: 'one' } }, '`curriculum.version` must be a semver version'],
    [{ bundleHash: 'md5:abc' }, '`bundleHash` must be a `sha256:<64 hex digits>` hash, found "md5:abc"'],
    [{ lessons: { 'Bad Id': valid.bundleHash } }, '`lessons.Bad Id` is not a kebab-case lesson id'],
    [{ lessons: { intro: 'sha256:00' } }, '`lessons.intro` must be a `sha256:<64 hex digits>` hash'],
    [{ engineVersion: undefined }, '`engineVersion` must be a semver version such as 0.1.0, found nothing'],
    [{ extra: true }, '`extra` is not a lockfile field'],
  ])('rejects %j', (patch, message) => {
    expect(() => parseLock(text(patch))).toThrow(message);
  });

  it('rejects a non-object root', () => {
    expect(() => parseLock('[]')).toThrow('`(root)` must be an object');
  });
});
