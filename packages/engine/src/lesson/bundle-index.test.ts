import type { Bundle } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { SessionError } from '../session/session-error.js';
import { indexBundle } from './bundle-index.js';

const withSafety = (change: (copy: Bundle) => void): Bundle => {
  const copy = structuredClone(bundle);
  change(copy);
  return copy;
};

describe('indexBundle', () => {
  it('indexes a bundle object once, and each lesson on first use', () => {
    const index = indexBundle(bundle);
    expect(indexBundle(bundle)).toBe(index);
    expect(index.lesson('pacing-basics')).toBe(index.lesson('pacing-basics'));
    expect(index.lesson('nope')).toBeUndefined();
    expect(index.safety.lesson.id).toBe('safety-check');
    expect([...index.instruments.keys()]).toEqual(['daily-scale', 'phq-9']);
  });

  it('refuses a bundle whose safety lesson is missing or of another kind', () => {
    const missing = withSafety((copy) => {
      copy.curriculum.safety.lesson = 'nowhere';
    });
    expect(() => indexBundle(missing)).toThrowErrorMatchingInlineSnapshot(`[SessionError: The bundle's safety lesson \`nowhere\` is missing or not of kind \`safety\`; every session needs the safety flow. Set \`safety.lesson\` in curriculum.yaml and rebuild.]`);
    const wrongKind = withSafety((copy) => {
      copy.lessons.find((lesson) => lesson.id === 'safety-check')!.kind = 'practice';
    });
    expect(() => indexBundle(wrongKind)).toThrow(SessionError);
  });

  it('refuses a safety lesson that never shows the crisis resources outside <Show>', () => {
    const hidden = withSafety((copy) => {
      const safety = copy.lessons.find((lesson) => lesson.id === 'safety-check')!;
      for (const step of safety.steps) step.blocks = step.blocks.filter((block) => block.type !== 'crisis');
    });
    expect(() => indexBundle(hidden)).toThrowErrorMatchingInlineSnapshot(`[SessionError: The safety lesson \`safety-check\` never shows \`<Crisis />\` outside a \`<Show>\`, so a risk answer could miss the crisis resources. Add it to a step.]`);
  });

  it('refuses crisis settings without resources for the default region', () => {
    const noDefault = withSafety((copy) => {
      copy.curriculum.crisis.defaultRegion = 'ca';
    });
    expect(() => indexBundle(noDefault)).toThrow(/default region `ca` has no resources/);
    try {
      indexBundle(noDefault);
    } catch (error) {
      expect(error).toMatchObject({ name: 'SessionError', code: 'invalid-bundle' });
    }
  });
});
