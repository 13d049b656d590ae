import { describe, expect, it } from 'vitest';
import { baseBundle } from '../../test/fixtures/base-bundle.js';
import { createLock } from './create-lock.js';

describe('createLock', () => {
  it('pins the curriculum, the bundle hash, every lesson hash and the engine version', () => {
    const lock = createLock(baseBundle, { engineVersion: '0.1.0' });
    expect(lock.lockfileVersion).toBe(1);
    expect(lock.curriculum).toEqual({ id: 'demo-pain', version: '1.0.0' });
    expect(lock.bundleHash).toBe(baseBundle.hash);
    expect(lock.engineVersion).toBe('0.1.0');
    expect(lock.lessons).toEqual(Object.fromEntries(baseBundle.lessons.map((lesson) => [lesson.id, lesson.hash])));
  });

  it('sorts lessons by id whatever the bundle order', () => {
    const shuffled = { ...baseBundle, lessons: [...baseBundle.lessons].reverse() };
    expect(Object.keys(createLock(shuffled, { engineVersion: '0.1.0' }).lessons)).toEqual(['daily-check-in', 'pacing-basics', 'safety-check']);
  });

  it('refuses a bundle that holds a lesson twice', () => {
    const doubled = { ...baseBundle, lessons: [...baseBundle.lessons, baseBundle.lessons[0]!] };
    expect(() => createLock(doubled, { engineVersion: '0.1.0' })).toThrow('The bundle holds lesson "daily-check-in" twice');
  });
});
