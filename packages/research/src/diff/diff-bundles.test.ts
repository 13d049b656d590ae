import { describe, expect, it } from 'vitest';
import type { Bundle } from '@copekit/schema';
import { baseBundle } from '../../test/fixtures/base-bundle.js';
import {
  conditionChanged,
  crisisResourceChanged,
  itemRemoved,
  lessonOf,
  optionChanged,
  riskThresholdChanged,
  stepAdded,
  stepsReordered,
  wordingChanged,
} from '../../test/fixtures/variants.js';
import { redact } from '../../test/redact.js';
import { diffBundles } from './diff-bundles.js';

/** The lesson and instrument changes of a diff, hashes redacted. */
const scopes = (after: Bundle) => {
  const diff = diffBundles(baseBundle, after);
  return redact({ summary: diff.summary, instruments: diff.instruments, lessons: diff.lessons });
};

describe('diffBundles', () => {
  it('gives an empty diff for an identical pair', () => {
    expect(diffBundles(baseBundle, structuredClone(baseBundle))).toEqual({
      diffVersion: 1,
      from: { curriculum: 'demo-pain', version: '1.0.0', hash: baseBundle.hash },
      to: { curriculum: 'demo-pain', version: '1.0.0', hash: baseBundle.hash },
      changed: false,
      summary: { added: 0, removed: 0, changed: 0, moved: 0, safety: 0, total: 0 },
      curriculum: [],
      instruments: [],
      lessons: [],
    });
  });

  it('reports the version bump at curriculum level', () => {
    expect(diffBundles(baseBundle, wordingChanged).curriculum).toEqual([
      { op: 'changed', subject: 'curriculum', path: [], field: 'version', before: '1.0.0', after: '1.1.0', safety: false },
    ]);
  });

  it('carries both identities and lesson hashes', () => {
    const diff = diffBundles(baseBundle, wordingChanged);
    expect(diff.from).toEqual({ curriculum: 'demo-pain', version: '1.0.0', hash: baseBundle.hash });
    expect(diff.to).toEqual({ curriculum: 'demo-pain', version: '1.1.0', hash: wordingChanged.hash });
    expect(diff.lessons[0]?.hash).toEqual({ before: lessonOf(baseBundle, 'pacing-basics').hash, after: lessonOf(wordingChanged, 'pacing-basics').hash });
  });

  it('is plain JSON', () => {
    for (const after of [wordingChanged, stepAdded, itemRemoved, optionChanged, conditionChanged, riskThresholdChanged, crisisResourceChanged, stepsReordered]) {
      const diff = diffBundles(baseBundle, after);
      expect(JSON.parse(JSON.stringify(diff))).toStrictEqual(diff);
    }
  });

  it('is symmetric: what one direction adds the other removes', () => {
    for (const after of [stepAdded, itemRemoved, optionChanged, stepsReordered, riskThresholdChanged]) {
      const forward = diffBundles(baseBundle, after).summary;
      const backward = diffBundles(after, baseBundle).summary;
      expect([backward.added, backward.removed, backward.changed, backward.moved, backward.safety]).toEqual([
        forward.removed,
        forward.added,
        forward.changed,
        forward.moved,
        forward.safety,
      ]);
    }
  });

  it('shows a one-word wording change as a word diff', () => {
    expect(scopes(wordingChanged)).toMatchInlineSnapshot(`
      {
        "instruments": [],
        "lessons": [
          {
            "changes": [
              {
                "after": "Doing too much on good days can cause a flare-up.",
                "before": "Doing too much on good days can lead to a flare-up.",
                "field": "text",
                "op": "changed",
                "path": [
                  "step:why-pacing",
                  "prose:1",
                ],
                "safety": false,
                "subject": "prose",
                "words": [
                  {
                    "kind": "same",
                    "text": "Doing too much on good days can ",
                  },
                  {
                    "kind": "removed",
                    "text": "lead to",
                  },
                  {
                    "kind": "added",
                    "text": "cause",
                  },
                  {
                    "kind": "same",
                    "text": " a flare-up.",
                  },
                ],
              },
            ],
            "hash": {
              "after": "sha256:…",
              "before": "sha256:…",
            },
            "id": "pacing-basics",
            "status": "changed",
            "summary": {
              "added": 0,
              "changed": 1,
              "moved": 0,
              "removed": 0,
              "safety": 0,
              "total": 1,
            },
            "title": "Pace your day",
          },
        ],
        "summary": {
          "added": 0,
          "changed": 2,
          "moved": 0,
          "removed": 0,
          "safety": 0,
          "total": 2,
        },
      }
    `);
  });

  it('shows an added step with its content', () => {
    expect(scopes(stepAdded)).toMatchInlineSnapshot(`
      {
        "instruments": [],
        "lessons": [
          {
            "changes": [
              {
                "after": {
                  "id": "reflect",
                  "title": "Look back",
                },
                "op": "added",
                "path": [
                  "step:reflect",
                ],
                "safety": false,
                "subject": "step",
              },
              {
                "after": {
                  "content": [
                    {
                      "children": [
                        {
                          "type": "text",
                          "value": "Think about your week.",
                        },
                      ],
                      "type": "paragraph",
                    },
                  ],
                  "text": "Think about your week.",
                  "type": "prose",
                },
                "op": "added",
                "path": [
                  "step:reflect",
                  "prose:1",
                ],
                "safety": false,
                "subject": "prose",
              },
              {
                "after": {
                  "id": "week-notes",
                  "kind": "text",
                  "label": "What went well?",
                  "optional": true,
                  "type": "item",
                },
                "op": "added",
                "path": [
                  "step:reflect",
                  "item:week-notes",
                ],
                "safety": false,
                "subject": "item",
              },
            ],
            "hash": {
              "after": "sha256:…",
              "before": "sha256:…",
            },
            "id": "pacing-basics",
            "status": "changed",
            "summary": {
              "added": 3,
              "changed": 0,
              "moved": 0,
              "removed": 0,
              "safety": 0,
              "total": 3,
            },
            "title": "Pace your day",
          },
        ],
        "summary": {
          "added": 3,
          "changed": 1,
          "moved": 0,
          "removed": 0,
          "safety": 0,
          "total": 4,
        },
      }
    `);
  });

  it('shows a removed item', () => {
    expect(scopes(itemRemoved)).toMatchInlineSnapshot(`
      {
        "instruments": [],
        "lessons": [
          {
            "changes": [
              {
                "before": {
                  "id": "notes",
                  "kind": "text",
                  "label": "Anything else you overdo?",
                  "maxLength": 500,
                  "optional": true,
                  "type": "item",
                },
                "op": "removed",
                "path": [
                  "step:plan",
                  "item:notes",
                ],
                "safety": false,
                "subject": "item",
              },
            ],
            "hash": {
              "after": "sha256:…",
              "before": "sha256:…",
            },
            "id": "pacing-basics",
            "status": "changed",
            "summary": {
              "added": 0,
              "changed": 0,
              "moved": 0,
              "removed": 1,
              "safety": 0,
              "total": 1,
            },
            "title": "Pace your day",
          },
        ],
        "summary": {
          "added": 0,
          "changed": 1,
          "moved": 0,
          "removed": 1,
          "safety": 0,
          "total": 2,
        },
      }
    `);
  });

  it('shows a relabelled and an added option', () => {
    expect(scopes(optionChanged)).toMatchInlineSnapshot(`
      {
        "instruments": [],
        "lessons": [
          {
            "changes": [
              {
                "after": "Garden or yard work",
                "before": "Yard work",
                "field": "label",
                "op": "changed",
                "path": [
                  "step:plan",
                  "item:overdo",
                  "option:yard",
                ],
                "safety": false,
                "subject": "option",
                "words": [
                  {
                    "kind": "removed",
                    "text": "Yard",
                  },
                  {
                    "kind": "added",
                    "text": "Garden or yard",
                  },
                  {
                    "kind": "same",
                    "text": " work",
                  },
                ],
              },
              {
                "after": {
                  "label": "Shopping",
                  "value": "shopping",
                },
                "op": "added",
                "path": [
                  "step:plan",
                  "item:overdo",
                  "option:shopping",
                ],
                "safety": false,
                "subject": "option",
              },
            ],
            "hash": {
              "after": "sha256:…",
              "before": "sha256:…",
            },
            "id": "pacing-basics",
            "status": "changed",
            "summary": {
              "added": 1,
              "changed": 1,
              "moved": 0,
              "removed": 0,
              "safety": 0,
              "total": 2,
            },
            "title": "Pace your day",
          },
        ],
        "summary": {
          "added": 1,
          "changed": 2,
          "moved": 0,
          "removed": 0,
          "safety": 0,
          "total": 3,
        },
      }
    `);
  });

  it('shows a changed Show condition', () => {
    expect(scopes(conditionChanged)).toMatchInlineSnapshot(`
      {
        "instruments": [],
        "lessons": [
          {
            "changes": [
              {
                "after": "pain-now >= 6",
                "before": "pain-now >= 7",
                "field": "when",
                "op": "changed",
                "path": [
                  "step:plan",
                  "show:pain-now >= 7",
                ],
                "safety": false,
                "subject": "condition",
              },
            ],
            "hash": {
              "after": "sha256:…",
              "before": "sha256:…",
            },
            "id": "pacing-basics",
            "status": "changed",
            "summary": {
              "added": 0,
              "changed": 1,
              "moved": 0,
              "removed": 0,
              "safety": 0,
              "total": 1,
            },
            "title": "Pace your day",
          },
        ],
        "summary": {
          "added": 0,
          "changed": 2,
          "moved": 0,
          "removed": 0,
          "safety": 0,
          "total": 2,
        },
      }
    `);
  });

  it('flags a changed risk threshold in the instrument and the placed item', () => {
    expect(scopes(riskThresholdChanged)).toMatchInlineSnapshot(`
      {
        "instruments": [
          {
            "changes": [
              {
                "after": ">= 2",
                "before": "> 0",
                "field": "risk",
                "op": "changed",
                "path": [
                  "item:q2",
                ],
                "safety": true,
                "safetyReason": "instrument with risk items",
                "subject": "instrument-item",
              },
            ],
            "id": "mood-check",
            "status": "changed",
            "summary": {
              "added": 0,
              "changed": 1,
              "moved": 0,
              "removed": 0,
              "safety": 1,
              "total": 1,
            },
            "title": "Mood check (original, not validated)",
          },
        ],
        "lessons": [
          {
            "changes": [
              {
                "after": "mood-q2 >= 2",
                "before": "mood-q2 > 0",
                "field": "risk",
                "op": "changed",
                "path": [
                  "step:today",
                  "instrument:mood",
                  "item:mood-q2",
                ],
                "safety": true,
                "safetyReason": "instrument with risk items",
                "subject": "item",
              },
            ],
            "hash": {
              "after": "sha256:…",
              "before": "sha256:…",
            },
            "id": "daily-check-in",
            "status": "changed",
            "summary": {
              "added": 0,
              "changed": 1,
              "moved": 0,
              "removed": 0,
              "safety": 1,
              "total": 1,
            },
            "title": "Daily check-in",
          },
        ],
        "summary": {
          "added": 0,
          "changed": 3,
          "moved": 0,
          "removed": 0,
          "safety": 2,
          "total": 3,
        },
      }
    `);
  });

  it('flags a changed crisis resource', () => {
    expect(redact(diffBundles(baseBundle, crisisResourceChanged).curriculum.filter((change) => change.safety))).toMatchInlineSnapshot(`
      [
        {
          "after": "Call, text or chat 988",
          "before": "Call or text 988",
          "field": "label",
          "op": "changed",
          "path": [
            "crisis",
            "region:us",
            "resource:988",
          ],
          "safety": true,
          "safetyReason": "crisis resources",
          "subject": "crisis-resource",
          "words": [
            {
              "kind": "same",
              "text": "Call",
            },
            {
              "kind": "removed",
              "text": " or",
            },
            {
              "kind": "added",
              "text": ",",
            },
            {
              "kind": "same",
              "text": " text ",
            },
            {
              "kind": "added",
              "text": "or chat ",
            },
            {
              "kind": "same",
              "text": "988",
            },
          ],
        },
        {
          "after": "Talk to a trained counsellor at any hour.",
          "before": "Talk to a trained counsellor any time.",
          "field": "description",
          "op": "changed",
          "path": [
            "crisis",
            "region:us",
            "resource:988",
          ],
          "safety": true,
          "safetyReason": "crisis resources",
          "subject": "crisis-resource",
          "words": [
            {
              "kind": "same",
              "text": "Talk to a trained counsellor ",
            },
            {
              "kind": "added",
              "text": "at ",
            },
            {
              "kind": "same",
              "text": "any ",
            },
            {
              "kind": "removed",
              "text": "time",
            },
            {
              "kind": "added",
              "text": "hour",
            },
            {
              "kind": "same",
              "text": ".",
            },
          ],
        },
      ]
    `);
  });

  it('shows reordered steps as moved, not removed and added', () => {
    expect(scopes(stepsReordered)).toMatchInlineSnapshot(`
      {
        "instruments": [],
        "lessons": [
          {
            "changes": [
              {
                "after": 2,
                "before": 1,
                "op": "moved",
                "path": [
                  "step:why-pacing",
                ],
                "safety": false,
                "subject": "step",
              },
            ],
            "hash": {
              "after": "sha256:…",
              "before": "sha256:…",
            },
            "id": "pacing-basics",
            "status": "changed",
            "summary": {
              "added": 0,
              "changed": 0,
              "moved": 1,
              "removed": 0,
              "safety": 0,
              "total": 1,
            },
            "title": "Pace your day",
          },
        ],
        "summary": {
          "added": 0,
          "changed": 1,
          "moved": 1,
          "removed": 0,
          "safety": 0,
          "total": 2,
        },
      }
    `);
  });

  it('falls back to the hash when bundles differ only outside what it compares', () => {
    const tampered = { ...baseBundle, hash: `sha256:${'0'.repeat(64)}` };
    expect(diffBundles(baseBundle, tampered).curriculum).toEqual([
      { op: 'changed', subject: 'curriculum', path: [], field: 'hash', before: baseBundle.hash, after: tampered.hash, safety: false },
    ]);
  });
});
