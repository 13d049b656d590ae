import { describe, expect, it } from 'vitest';
import { baseBundle } from '../../test/fixtures/base-bundle.js';
import { variant } from '../../test/fixtures/variants.js';
import { brief } from '../../test/brief.js';
import { diffCurriculum } from './diff-curriculum.js';

describe('diffCurriculum', () => {
  it('reports identity, program order and unlock rules, not as safety changes', () => {
    const after = variant((bundle) => {
      bundle.curriculum.title = 'Demo pain coping skills';
      bundle.curriculum.program.sessions = ['pacing-basics', 'relax'];
      bundle.curriculum.program.unlock.guided.coachApproval = false;
      bundle.curriculum.program.unlock.selfDirected.minDays = 5;
    });
    expect(brief(diffCurriculum(baseBundle, after))).toEqual([
      'changed | curriculum | version | "1.0.0" → "1.1.0"',
      'changed | curriculum | title | "Demo pain skills" → "Demo pain coping skills"',
      'changed | program | program | sessions | ["pacing-basics"] → ["pacing-basics","relax"]',
      'changed | program | program | unlock.selfDirected.minDays | 7 → 5',
      'changed | program | program | unlock.guided.coachApproval | true → false',
    ]);
  });

  it('reports modules by id: added, moved and retitled', () => {
    const after = variant((bundle) => {
      bundle.curriculum.modules = [{ id: 'relaxation', title: 'Relaxation' }, { id: 'pacing', title: 'Pacing your day' }];
    }, '1.0.0');
    expect(brief(diffCurriculum(baseBundle, after))).toEqual([
      'added | module | modules › module:relaxation',
      'changed | module | modules › module:pacing | title | "Pacing" → "Pacing your day"',
    ]);
    const reordered = variant((bundle) => {
      bundle.curriculum.modules = [{ id: 'a', title: 'A' }, ...baseBundle.curriculum.modules];
    }, '1.0.0');
    expect(brief(diffCurriculum(after, reordered))).toEqual([
      'removed | module | modules › module:relaxation',
      'added | module | modules › module:a',
      'changed | module | modules › module:pacing | title | "Pacing your day" → "Pacing"',
    ]);
  });

  it('flags the safety lesson and statement', () => {
    const after = variant((bundle) => {
      bundle.curriculum.safety = { lesson: 'safety-plan', statement: 'This program is not an emergency service.' };
    }, '1.0.0');
    expect(brief(diffCurriculum(baseBundle, after))).toEqual([
      '⚠ safety flow | changed | safety | safety | lesson | "safety-check" → "safety-plan"',
      '⚠ safety flow | changed | safety | safety | statement | "This program is not a crisis service. Coaches read messages on weekdays." → "This program is not an emergency service."',
    ]);
  });

  it('flags crisis resources added, removed, moved and edited, and regions', () => {
    const after = variant((bundle) => {
      const us = bundle.curriculum.crisis.regions[0]!;
      const [call988, call911] = us.resources;
      us.resources = [
        { ...call911!, contact: '9-1-1' },
        call988!,
        { id: 'veterans', label: 'Veterans: dial 988 then press 1', description: 'For veterans.', channel: 'call', contact: '988' },
      ];
      bundle.curriculum.crisis.regions.push({ id: 'uk', name: 'United Kingdom', resources: [] });
      bundle.curriculum.crisis.defaultRegion = 'uk';
    }, '1.0.0');
    expect(brief(diffCurriculum(baseBundle, after))).toEqual([
      '⚠ crisis resources | changed | crisis-region | crisis | defaultRegion | "us" → "uk"',
      '⚠ crisis resources | changed | crisis-resource | crisis › region:us › resource:911 | contact | "911" → "9-1-1"',
      '⚠ crisis resources | moved | crisis-resource | crisis › region:us › resource:988 | 1 → 2',
      '⚠ crisis resources | added | crisis-resource | crisis › region:us › resource:veterans',
      '⚠ crisis resources | added | crisis-region | crisis › region:uk',
    ]);
  });

  it('reports nothing for the same curriculum', () => {
    expect(diffCurriculum(baseBundle, structuredClone(baseBundle))).toEqual([]);
  });
});
