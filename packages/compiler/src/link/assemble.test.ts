import type { CurriculumManifest, InstrumentDefinition } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from '../hash/index.js';
import { hashLesson } from '../lower/lesson-hash.js';
import { assembleBundle, canonicalBundle } from './assemble.js';

const manifest: CurriculumManifest = {
  id: 'c',
  title: 'C',
  locale: 'en-US',
  modules: [{ id: 'm', title: 'M' }],
  program: { sessions: ['b'], unlock: { selfDirected: { minDays: 7 }, guided: { minDays: 7, coachApproval: true } } },
  safety: { lesson: 'a', statement: 'Not a crisis service.' },
  instruments: ['z', 'y'],
  licences: [{ instrument: 'z', licence: 'L' }],
  crisis: { defaultRegion: 'us', regions: [] },
};
const instrument = (id: string): InstrumentDefinition => ({
  id,
  title: id,
  version: '1',
  citation: 'C.',
  validated: false,
  licence: { status: 'free', terms: 'Free.' },
  items: [{ id: 'q1', kind: 'rating', min: 0, max: 1, text: 'Q?' }],
  scoring: { method: 'sum', min: 0, max: 1 },
});
const lesson = (id: string) =>
  hashLesson(
    { id, title: id, module: 'm', kind: 'practice', minutes: 1, objectives: [], references: [], source: `m/${id}.mdx` },
    [{ id: 's', blocks: [{ type: 'crisis' }] }],
  );

describe('assembleBundle', () => {
  const bundle = assembleBundle({ manifest, version: '1.0.0', instruments: [instrument('z'), instrument('y')], lessons: [lesson('b'), lesson('a')] });

  it('takes curriculum facts from the manifest and sorts instruments and lessons by id', () => {
    expect(Object.keys(bundle)).toEqual(['schemaVersion', 'curriculum', 'instruments', 'lessons', 'hash']);
    expect(Object.keys(bundle.curriculum)).toEqual(['id', 'title', 'locale', 'version', 'modules', 'program', 'safety', 'crisis']);
    expect([bundle.instruments.map((item) => item.id), bundle.lessons.map((item) => item.id)]).toEqual([
      ['y', 'z'],
      ['a', 'b'],
    ]);
  });

  it('hashes the canonical JSON of the bundle without its hash', () => {
    const { hash, ...rest } = bundle;
    expect(canonicalBundle(rest)).toBe(canonicalJson(rest));
    expect(hash).toBe(contentHash(rest));
  });
});
