import type { Lesson } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from '../hash/index.js';
import { canonicalLesson, hashLesson } from './lesson-hash.js';

const head = {
  id: 'pacing-basics',
  title: 'Pace your day',
  module: 'pacing',
  kind: 'session' as const,
  session: 3,
  minutes: 35,
  objectives: ['Pace'],
  references: ['Ref.'],
  source: 'pacing/pacing-basics.mdx',
};
const steps: Lesson['steps'] = [{ id: 'a', blocks: [{ type: 'crisis' }] }];

describe('hashLesson', () => {
  it('hashes the canonical JSON of the lesson without its hash', () => {
    const lesson = hashLesson(head, steps);
    const { hash, ...rest } = lesson;
    expect(hash).toBe(contentHash(rest));
    expect(Object.keys(lesson)).toEqual([...Object.keys(head), 'hash', 'steps']);
  });

  it('gives another hash when anything changes', () => {
    expect(hashLesson({ ...head, minutes: 36 }, steps).hash).not.toBe(hashLesson(head, steps).hash);
    expect(hashLesson(head, [{ id: 'b', blocks: [{ type: 'crisis' }] }]).hash).not.toBe(hashLesson(head, steps).hash);
  });
});

describe('canonicalLesson', () => {
  it('equals the canonical JSON of the lesson with its hash, for hashed and for parsed lessons', () => {
    const lesson = hashLesson(head, steps);
    expect(canonicalLesson(lesson)).toBe(canonicalJson(lesson));
    const parsed = JSON.parse(JSON.stringify(lesson)) as Lesson;
    expect(canonicalLesson(parsed)).toBe(canonicalJson(parsed));
  });
});
