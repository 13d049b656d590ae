import { describe, expect, it } from 'vitest';
import type { Bundle } from '@copekit/schema';
import { baseBundle } from '../../../test/fixtures/base-bundle.js';
import {
  conditionChanged,
  crisisResourceChanged,
  itemRemoved,
  optionChanged,
  riskThresholdChanged,
  stepAdded,
  stepsReordered,
  variant,
  wordingChanged,
} from '../../../test/fixtures/variants.js';
import { redactText } from '../../../test/redact.js';
import { diffBundles } from '../diff-bundles.js';
import { formatDiffMarkdown } from './format-diff-markdown.js';

const markdown = (after: Bundle, before: Bundle = baseBundle) => redactText(formatDiffMarkdown(diffBundles(before, after)));
/** The part of the report after the summary table. */
const body = (after: Bundle) => markdown(after).split('| **Total**')[1]!.split('\n').slice(2).join('\n');

describe('formatDiffMarkdown', () => {
  it('says "No changes" for an identical pair', () => {
    expect(markdown(structuredClone(baseBundle))).toMatchInlineSnapshot(`
      "# Changes in demo-pain 1.0.0 → 1.0.0

      No changes: both bundles have hash \`sha256:…\`.
      "
    `);
  });

  it('renders a one-word change with the identity table, the summary and the inline word diff', () => {
    expect(markdown(wordingChanged)).toMatchInlineSnapshot(`
      "# Changes in demo-pain 1.0.0 → 1.1.0

      | | Before | After |
      |---|---|---|
      | Curriculum | \`demo-pain\` | \`demo-pain\` |
      | Version | \`1.0.0\` | \`1.1.0\` |
      | Bundle hash | \`sha256:…\` | \`sha256:…\` |

      ## Summary

      | Scope | Status | Added | Removed | Changed | Moved | Safety |
      |---|---|--:|--:|--:|--:|--:|
      | Curriculum | changed | 0 | 0 | 1 | 0 | 0 |
      | Lesson \`pacing-basics\` | changed | 0 | 0 | 1 | 0 | 0 |
      | **Total** |  | 0 | 0 | 2 | 0 | 0 |

      ## Curriculum

      - curriculum version changed: \`1.0.0\` → \`1.1.0\`

      ## Lessons

      ### Lesson \`pacing-basics\`: Pace your day (changed)

      Lesson hash: \`sha256:…\` → \`sha256:…\`

      - step \`why-pacing\` › prose 1: prose text changed: Doing too much on good days can ~~lead to~~ **cause** a flare-up.
      "
    `);
  });

  it('renders an added step', () => {
    expect(body(stepAdded)).toMatchInlineSnapshot(`
      "## Curriculum

      - curriculum version changed: \`1.0.0\` → \`1.1.0\`

      ## Lessons

      ### Lesson \`pacing-basics\`: Pace your day (changed)

      Lesson hash: \`sha256:…\` → \`sha256:…\`

      - step \`reflect\`: added step “Look back”
      - step \`reflect\` › prose 1: added prose: Think about your week.
      - step \`reflect\` › item \`week-notes\`: added text item “What went well?” (optional)
      "
    `);
  });

  it('renders a removed item', () => {
    expect(body(itemRemoved)).toMatchInlineSnapshot(`
      "## Curriculum

      - curriculum version changed: \`1.0.0\` → \`1.1.0\`

      ## Lessons

      ### Lesson \`pacing-basics\`: Pace your day (changed)

      Lesson hash: \`sha256:…\` → \`sha256:…\`

      - step \`plan\` › item \`notes\`: removed text item “Anything else you overdo?” (optional)
      "
    `);
  });

  it('renders a relabelled and an added option', () => {
    expect(body(optionChanged)).toMatchInlineSnapshot(`
      "## Curriculum

      - curriculum version changed: \`1.0.0\` → \`1.1.0\`

      ## Lessons

      ### Lesson \`pacing-basics\`: Pace your day (changed)

      Lesson hash: \`sha256:…\` → \`sha256:…\`

      - step \`plan\` › item \`overdo\` › option \`yard\`: option label changed: ~~Yard~~ **Garden or yard** work
      - step \`plan\` › item \`overdo\` › option \`shopping\`: added option “Shopping” (value \`shopping\`)
      "
    `);
  });

  it('renders a changed Show condition', () => {
    expect(body(conditionChanged)).toMatchInlineSnapshot(`
      "## Curriculum

      - curriculum version changed: \`1.0.0\` → \`1.1.0\`

      ## Lessons

      ### Lesson \`pacing-basics\`: Pace your day (changed)

      Lesson hash: \`sha256:…\` → \`sha256:…\`

      - step \`plan\` › Show when \`pain-now >= 7\`: Show condition changed: \`pain-now >= 7\` → \`pain-now >= 6\`
      "
    `);
  });

  it('puts a changed risk threshold first, marked, and not again below', () => {
    expect(markdown(riskThresholdChanged)).toMatchInlineSnapshot(`
      "# Changes in demo-pain 1.0.0 → 1.1.0

      | | Before | After |
      |---|---|---|
      | Curriculum | \`demo-pain\` | \`demo-pain\` |
      | Version | \`1.0.0\` | \`1.1.0\` |
      | Bundle hash | \`sha256:…\` | \`sha256:…\` |

      ## Summary

      | Scope | Status | Added | Removed | Changed | Moved | Safety |
      |---|---|--:|--:|--:|--:|--:|
      | Curriculum | changed | 0 | 0 | 1 | 0 | 0 |
      | Instrument \`mood-check\` | changed | 0 | 0 | 1 | 0 | 1 |
      | Lesson \`daily-check-in\` | changed | 0 | 0 | 1 | 0 | 1 |
      | **Total** |  | 0 | 0 | 3 | 0 | 2 |

      ## ⚠ Safety-relevant changes (2)

      Review these first. They are not repeated in the sections below.

      - ⚠ Instrument \`mood-check\` › item \`q2\`: risk rule changed: \`> 0\` → \`>= 2\` _(safety: instrument with risk items)_
      - ⚠ Lesson \`daily-check-in\` › step \`today\` › instrument \`mood\` › item \`mood-q2\`: risk rule changed: \`mood-q2 > 0\` → \`mood-q2 >= 2\` _(safety: instrument with risk items)_

      ## Curriculum

      - curriculum version changed: \`1.0.0\` → \`1.1.0\`

      ## Instruments

      ### Instrument \`mood-check\`: Mood check (original, not validated) (changed)

      ⚠ 1 safety-relevant change is listed under Safety-relevant changes above.

      ## Lessons

      ### Lesson \`daily-check-in\`: Daily check-in (changed)

      Lesson hash: \`sha256:…\` → \`sha256:…\`

      ⚠ 1 safety-relevant change is listed under Safety-relevant changes above.
      "
    `);
  });

  it('puts a changed crisis resource first, marked', () => {
    expect(body(crisisResourceChanged)).toMatchInlineSnapshot(`
      "## ⚠ Safety-relevant changes (2)

      Review these first. They are not repeated in the sections below.

      - ⚠ Curriculum › crisis › region \`us\` › resource \`988\`: crisis resource label changed: Call ~~or~~ **,** text **or chat** 988 _(safety: crisis resources)_
      - ⚠ Curriculum › crisis › region \`us\` › resource \`988\`: crisis resource description changed: Talk to a trained counsellor **at** any ~~time~~ **hour**. _(safety: crisis resources)_

      ## Curriculum

      ⚠ 2 safety-relevant changes are listed under Safety-relevant changes above.

      - curriculum version changed: \`1.0.0\` → \`1.1.0\`
      "
    `);
  });

  it('renders reordered steps as moved', () => {
    expect(body(stepsReordered)).toMatchInlineSnapshot(`
      "## Curriculum

      - curriculum version changed: \`1.0.0\` → \`1.1.0\`

      ## Lessons

      ### Lesson \`pacing-basics\`: Pace your day (changed)

      Lesson hash: \`sha256:…\` → \`sha256:…\`

      - step \`why-pacing\`: step moved from position 1 to position 2
      "
    `);
  });

  it('escapes hostile text and keeps multi-paragraph wording readable', () => {
    const after = variant((bundle) => {
      const lesson = bundle.lessons.find((candidate) => candidate.id === 'pacing-basics')!;
      const prose = lesson.steps[0]!.blocks[0]!;
      if (prose.type !== 'prose') throw new Error('fixture shape');
      prose.text = 'Doing too much on good days can lead to a flare-up.\n\nRest <b>*before*</b> you | need it.';
      lesson.title = 'Pace `your` day';
    });
    expect(body(after)).toMatchInlineSnapshot(`
      "## Curriculum

      - curriculum version changed: \`1.0.0\` → \`1.1.0\`

      ## Lessons

      ### Lesson \`pacing-basics\`: Pace \\\`your\\\` day (changed)

      Lesson hash: \`sha256:…\` → \`sha256:…\`

      - lesson title changed: Pace **\\\`**your**\\\`** day
      - step \`why-pacing\` › prose 1: prose text changed:

        Doing too much on good days can lead to a flare-up.

        **Rest \\<b\\>\\*before\\*\\</b\\> you \\| need it.**
      "
    `);
  });

  it('ends with exactly one newline', () => {
    for (const after of [baseBundle, wordingChanged, riskThresholdChanged]) expect(formatDiffMarkdown(diffBundles(baseBundle, after))).toMatch(/[^\n]\n$/);
  });
});

describe('formatDiffMarkdown: whole lessons and instruments', () => {
  it('renders added and removed lessons and instruments, with safety first', () => {
    const after = variant((bundle) => {
      bundle.lessons = bundle.lessons.filter((lesson) => lesson.id !== 'safety-check');
      bundle.lessons.push({ ...bundle.lessons[0]!, id: 'sleep-basics', title: 'Sleep better', module: 'sleep', kind: 'session' });
      bundle.instruments = bundle.instruments.filter((instrument) => instrument.id !== 'pain-nrs');
    });
    expect(body(after)).toMatchInlineSnapshot(`
      "## ⚠ Safety-relevant changes (1)

      Review these first. They are not repeated in the sections below.

      - ⚠ Lesson \`safety-check\`: removed lesson “Your safety” (safety, module \`pacing\`, 2 steps) _(safety: safety lesson)_

      ## Curriculum

      - curriculum version changed: \`1.0.0\` → \`1.1.0\`

      ## Instruments

      ### Instrument \`pain-nrs\`: Pain intensity numeric rating scale (removed)

      - removed instrument \`pain-nrs\` “Pain intensity numeric rating scale” version \`1.0\`

      ## Lessons

      ### Lesson \`safety-check\`: Your safety (removed)

      Lesson hash: \`sha256:…\` → (none)

      ⚠ 1 safety-relevant change is listed under Safety-relevant changes above.

      ### Lesson \`sleep-basics\`: Sleep better (added)

      Lesson hash: (none) → \`sha256:…\`

      - added lesson “Sleep better” (session, module \`sleep\`, 1 step)
      "
    `);
  });
});
