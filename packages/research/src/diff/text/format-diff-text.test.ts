import { describe, expect, it } from 'vitest';
import type { Bundle } from '@copekit/schema';
import { baseBundle } from '../../../test/fixtures/base-bundle.js';
import { riskThresholdChanged, stepsReordered, wordingChanged } from '../../../test/fixtures/variants.js';
import { redactText } from '../../../test/redact.js';
import { diffBundles } from '../diff-bundles.js';
import { formatDiffText } from './format-diff-text.js';

const text = (after: Bundle, before: Bundle = baseBundle) => redactText(formatDiffText(diffBundles(before, after)));

describe('formatDiffText', () => {
  it('says "No changes" for an identical pair', () => {
    expect(text(structuredClone(baseBundle))).toBe('demo-pain 1.0.0 → 1.0.0\n  before sha256:…\n  after  sha256:…\n\nNo changes.\n');
  });

  it('shows a one-word change as a word diff with no markdown', () => {
    expect(text(wordingChanged)).toMatchInlineSnapshot(`
      "demo-pain 1.0.0 → 1.1.0
        before sha256:…
        after  sha256:…

      2 changes: 0 added, 0 removed, 2 changed, 0 moved

      Curriculum
        curriculum version changed: 1.0.0 → 1.1.0

      Lesson pacing-basics (changed)
        step why-pacing › prose 1: prose text changed: Doing too much on good days can [-lead to-] {+cause+} a flare-up.
      "
    `);
  });

  it('lists safety-relevant changes first, with their reason', () => {
    const lines = text(riskThresholdChanged).split('\n');
    const safety = lines.findIndex((line) => line.startsWith('⚠ Safety-relevant changes'));
    expect(safety).toBeGreaterThan(0);
    expect(lines[safety + 1]).toMatch(/^ {2}⚠ .+ \[safety: .+\]$/);
    expect(lines.join('\n')).not.toMatch(/~~|\*\*|`/);
  });

  it('describes moves plainly', () => {
    expect(text(stepsReordered)).toContain('moved from');
  });
});
