/**
 * What each component lowers to: the steps of a test lesson in the bundle.
 */

import type { Block, Step } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { compileWith, describeMessage, frontMatter, testLessonPath } from './fixture.js';

/** The steps of a test lesson of `body`, failing on any message. */
function lower(body: string): Step[] {
  const { bundle, messages } = compileWith({ [testLessonPath]: frontMatter() + body });
  expect(messages.map(describeMessage)).toEqual([]);
  const lesson = bundle?.lessons.find((candidate) => candidate.id === 'test-lesson');
  if (lesson === undefined) throw new Error('no lesson');
  return lesson.steps;
}

/** The blocks of a one-step test lesson holding `content`. */
function blocks(content: string): Block[] {
  const [step] = lower(`<Step id="a">\n${content}\n</Step>\n`);
  if (step === undefined) throw new Error('no step');
  return step.blocks;
}

describe('steps', () => {
  it('keep id, optional title and blocks in document order', () => {
    expect(lower('<Step id="intro" title="Welcome">\nHello.\n</Step>\n\n<Step id="next">\nNext.\n</Step>\n')).toMatchInlineSnapshot(`
      [
        {
          "blocks": [
            {
              "content": [
                {
                  "children": [
                    {
                      "type": "text",
                      "value": "Hello.",
                    },
                  ],
                  "type": "paragraph",
                },
              ],
              "text": "Hello.",
              "type": "prose",
            },
          ],
          "id": "intro",
          "title": "Welcome",
        },
        {
          "blocks": [
            {
              "content": [
                {
                  "children": [
                    {
                      "type": "text",
                      "value": "Next.",
                    },
                  ],
                  "type": "paragraph",
                },
              ],
              "text": "Next.",
              "type": "prose",
            },
          ],
          "id": "next",
        },
      ]
    `);
  });
});

describe('prose', () => {
  it('lowers the Markdown subset to a tree without positions, plus plain text', () => {
    expect(
      blocks(
        '## Why *pace*?\n\nDoing **too much**\ncan cause a `flare-up`.\\\nRest often.\n\n- Call [the line](tel:+1-555-0100).\n- Write [to us](mailto:help@example.org).\n\n1. Read [more](https://example.org).\n\n> Go slow.\n\n---\n\nDone. {/* A note to ourselves. */}',
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "content": [
            {
              "children": [
                {
                  "type": "text",
                  "value": "Why ",
                },
                {
                  "children": [
                    {
                      "type": "text",
                      "value": "pace",
                    },
                  ],
                  "type": "emphasis",
                },
                {
                  "type": "text",
                  "value": "?",
                },
              ],
              "depth": 2,
              "type": "heading",
            },
            {
              "children": [
                {
                  "type": "text",
                  "value": "Doing ",
                },
                {
                  "children": [
                    {
                      "type": "text",
                      "value": "too much",
                    },
                  ],
                  "type": "strong",
                },
                {
                  "type": "text",
                  "value": " can cause a ",
                },
                {
                  "type": "inlineCode",
                  "value": "flare-up",
                },
                {
                  "type": "text",
                  "value": ".",
                },
                {
                  "type": "break",
                },
                {
                  "type": "text",
                  "value": "Rest often.",
                },
              ],
              "type": "paragraph",
            },
            {
              "items": [
                [
                  {
                    "children": [
                      {
                        "type": "text",
                        "value": "Call ",
                      },
                      {
                        "children": [
                          {
                            "type": "text",
                            "value": "the line",
                          },
                        ],
                        "type": "link",
                        "url": "tel:+1-555-0100",
                      },
                      {
                        "type": "text",
                        "value": ".",
                      },
                    ],
                    "type": "paragraph",
                  },
                ],
                [
                  {
                    "children": [
                      {
                        "type": "text",
                        "value": "Write ",
                      },
                      {
                        "children": [
                          {
                            "type": "text",
                            "value": "to us",
                          },
                        ],
                        "type": "link",
                        "url": "mailto:help@example.org",
                      },
                      {
                        "type": "text",
                        "value": ".",
                      },
                    ],
                    "type": "paragraph",
                  },
                ],
              ],
              "ordered": false,
              "type": "list",
            },
            {
              "items": [
                [
                  {
                    "children": [
                      {
                        "type": "text",
                        "value": "Read ",
                      },
                      {
                        "children": [
                          {
                            "type": "text",
                            "value": "more",
                          },
                        ],
                        "type": "link",
                        "url": "https://example.org",
                      },
                      {
                        "type": "text",
                        "value": ".",
                      },
                    ],
                    "type": "paragraph",
                  },
                ],
              ],
              "ordered": true,
              "type": "list",
            },
            {
              "children": [
                {
                  "children": [
                    {
                      "type": "text",
                      "value": "Go slow.",
                    },
                  ],
                  "type": "paragraph",
                },
              ],
              "type": "blockquote",
            },
            {
              "type": "thematicBreak",
            },
            {
              "children": [
                {
                  "type": "text",
                  "value": "Done.",
                },
              ],
              "type": "paragraph",
            },
          ],
          "text": "Why pace?

      Doing too much can cause a flare-up.
      Rest often.

      - Call the line (+1-555-0100).
      - Write to us (help@example.org).

      1. Read more (https://example.org).

      Go slow.

      Done.",
          "type": "prose",
        },
      ]
    `);
  });

  it('splits prose around components', () => {
    expect(blocks('Before.\n\n<Crisis />\n\nAfter.').map((block) => block.type)).toEqual(['prose', 'crisis', 'prose']);
  });
});

describe('items', () => {
  it('lowers ratings, text and number entries and thought records, with defaults', () => {
    expect(
      blocks(
        '<Rating id="pain" label="Pain?" min={0} max={10} minLabel="None" maxLabel="Worst" optional />\n\n<TextEntry id="why" label="Why?" maxLength={200} />\n\n<NumberEntry id="minutes" label="Minutes?" min={0} unit="minutes" integer />\n\n<ThoughtRecord id="record" />',
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "id": "pain",
          "kind": "rating",
          "label": "Pain?",
          "max": 10,
          "maxLabel": "Worst",
          "min": 0,
          "minLabel": "None",
          "optional": true,
          "type": "item",
        },
        {
          "id": "why",
          "kind": "text",
          "label": "Why?",
          "maxLength": 200,
          "optional": false,
          "type": "item",
        },
        {
          "id": "minutes",
          "integer": true,
          "kind": "number",
          "label": "Minutes?",
          "min": 0,
          "optional": false,
          "type": "item",
          "unit": "minutes",
        },
        {
          "fields": [
            {
              "id": "situation",
              "kind": "text",
              "label": "What happened? Where were you, and who was there?",
            },
            {
              "id": "thought",
              "kind": "text",
              "label": "What went through your mind?",
            },
            {
              "id": "feeling",
              "kind": "text",
              "label": "What did you feel?",
            },
            {
              "id": "intensity",
              "kind": "rating",
              "label": "How strong was the feeling, from 0 to 100?",
              "max": 100,
              "min": 0,
            },
            {
              "id": "evidence-for",
              "kind": "text",
              "label": "What facts support the thought?",
            },
            {
              "id": "evidence-against",
              "kind": "text",
              "label": "What facts do not fit the thought?",
            },
            {
              "id": "balanced-thought",
              "kind": "text",
              "label": "What is a more balanced way to see it?",
            },
            {
              "id": "rerated-intensity",
              "kind": "rating",
              "label": "How strong is the feeling now, from 0 to 100?",
              "max": 100,
              "min": 0,
            },
          ],
          "id": "record",
          "kind": "thought-record",
          "label": "Work through a thought",
          "optional": false,
          "type": "item",
        },
      ]
    `);
  });

  it('turns a risk threshold into a condition on the item itself', () => {
    expect(blocks('<Rating id="urge" label="Urge?" min={0} max={10} risk=">= 2" />')).toMatchInlineSnapshot(`
      [
        {
          "id": "urge",
          "kind": "rating",
          "label": "Urge?",
          "max": 10,
          "min": 0,
          "optional": false,
          "risk": {
            "left": {
              "ref": {
                "item": "urge",
              },
              "type": "ref",
            },
            "op": ">=",
            "right": {
              "type": "number",
              "value": 2,
            },
            "type": "compare",
          },
          "type": "item",
        },
      ]
    `);
  });

  it('lowers choices, with risk options as one condition (== for single, includes for multiple)', () => {
    expect(
      blocks(
        '<Choice id="safe" label="Safe?">\n  <Option value="yes" label="Yes" />\n  <Option value="no" label="No" risk />\n</Choice>\n\n<Choice id="thoughts" label="Which?" multiple optional>\n  <Option value="a" label="A" risk />\n  <Option value="b" label="B" />\n  <Option value="c" label="C" risk />\n</Choice>',
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "id": "safe",
          "kind": "choice",
          "label": "Safe?",
          "multiple": false,
          "optional": false,
          "options": [
            {
              "label": "Yes",
              "value": "yes",
            },
            {
              "label": "No",
              "value": "no",
            },
          ],
          "risk": {
            "left": {
              "ref": {
                "item": "safe",
              },
              "type": "ref",
            },
            "op": "==",
            "right": {
              "type": "string",
              "value": "no",
            },
            "type": "compare",
          },
          "type": "item",
        },
        {
          "id": "thoughts",
          "kind": "choice",
          "label": "Which?",
          "multiple": true,
          "optional": true,
          "options": [
            {
              "label": "A",
              "value": "a",
            },
            {
              "label": "B",
              "value": "b",
            },
            {
              "label": "C",
              "value": "c",
            },
          ],
          "risk": {
            "operands": [
              {
                "ref": {
                  "item": "thoughts",
                },
                "type": "includes",
                "value": "a",
              },
              {
                "ref": {
                  "item": "thoughts",
                },
                "type": "includes",
                "value": "c",
              },
            ],
            "type": "or",
          },
          "type": "item",
        },
      ]
    `);
  });
});

describe('practices and homework', () => {
  it('lowers cue times to seconds and cue text to plain text', () => {
    expect(
      blocks('<Practice id="breathe" title="Breathe" minutes={5}>\n  <Cue at="0:00">Sit **back**.</Cue>\n  <Cue at="1:30">\n  Breathe in.\n  </Cue>\n</Practice>'),
    ).toMatchInlineSnapshot(`
      [
        {
          "cues": [
            {
              "at": 0,
              "text": "Sit back.",
            },
            {
              "at": 90,
              "text": "Breathe in.",
            },
          ],
          "id": "breathe",
          "minutes": 5,
          "title": "Breathe",
          "type": "practice",
        },
      ]
    `);
  });

  it('lowers homework with its description, times defaulting to 1 and days to 7', () => {
    expect(blocks('<Homework id="walk" skill="walking" per="week" days={14}>\nWalk **three** times.\n</Homework>')).toMatchInlineSnapshot(`
      [
        {
          "content": [
            {
              "children": [
                {
                  "type": "text",
                  "value": "Walk ",
                },
                {
                  "children": [
                    {
                      "type": "text",
                      "value": "three",
                    },
                  ],
                  "type": "strong",
                },
                {
                  "type": "text",
                  "value": " times.",
                },
              ],
              "type": "paragraph",
            },
          ],
          "days": 14,
          "id": "walk",
          "per": "week",
          "skill": "walking",
          "text": "Walk three times.",
          "times": 1,
          "type": "homework",
        },
      ]
    `);
  });
});

describe('instruments', () => {
  it('expands items with ids `<block id>-<item id>`, points, links and risk rules', () => {
    expect(blocks('<Instrument ref="mood-check" />')).toMatchInlineSnapshot(`
      [
        {
          "id": "mood-check",
          "instructions": "Over the last week, how often did you feel this way?",
          "items": [
            {
              "id": "mood-check-low",
              "instrument": {
                "block": "mood-check",
                "id": "mood-check",
                "item": "low",
              },
              "kind": "scale",
              "label": "Feeling low",
              "optional": false,
              "points": [
                {
                  "label": "Not at all",
                  "value": 0,
                },
                {
                  "label": "Some days",
                  "value": 1,
                },
                {
                  "label": "Most days",
                  "value": 2,
                },
              ],
            },
            {
              "id": "mood-check-harm",
              "instrument": {
                "block": "mood-check",
                "id": "mood-check",
                "item": "harm",
              },
              "kind": "scale",
              "label": "Thoughts of hurting yourself",
              "optional": false,
              "points": [
                {
                  "label": "Not at all",
                  "value": 0,
                },
                {
                  "label": "Some days",
                  "value": 1,
                },
                {
                  "label": "Most days",
                  "value": 2,
                },
              ],
              "risk": {
                "left": {
                  "ref": {
                    "item": "mood-check-harm",
                  },
                  "type": "ref",
                },
                "op": ">",
                "right": {
                  "type": "number",
                  "value": 0,
                },
                "type": "compare",
              },
            },
          ],
          "ref": "mood-check",
          "type": "instrument",
        },
      ]
    `);
  });

  it('expands rating items under the block id given, with the licensed text', () => {
    expect(blocks('<Instrument ref="pain-impact" id="impact" />')).toMatchInlineSnapshot(`
      [
        {
          "id": "impact",
          "items": [
            {
              "id": "impact-pain",
              "instrument": {
                "block": "impact",
                "id": "pain-impact",
                "item": "pain",
              },
              "kind": "rating",
              "label": "How bad was your pain this week?",
              "max": 10,
              "maxLabel": "Worst pain",
              "min": 0,
              "minLabel": "No pain",
              "optional": false,
            },
            {
              "id": "impact-work",
              "instrument": {
                "block": "impact",
                "id": "pain-impact",
                "item": "work",
              },
              "kind": "rating",
              "label": "How much did pain get in the way of work?",
              "max": 10,
              "min": 0,
              "optional": false,
            },
          ],
          "ref": "pain-impact",
          "type": "instrument",
        },
      ]
    `);
  });
});

describe('show, coach notes and crisis', () => {
  it('keeps the parsed condition, its source and the nested blocks', () => {
    expect(
      blocks(
        '<Rating id="pain" label="Pain?" min={0} max={10} />\n\n<Show when="pain >= 7 or not (pain > 0)">\nTake it easy.\n\n<TextEntry id="why" label="Why?" />\n</Show>',
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "id": "pain",
          "kind": "rating",
          "label": "Pain?",
          "max": 10,
          "min": 0,
          "optional": false,
          "type": "item",
        },
        {
          "blocks": [
            {
              "content": [
                {
                  "children": [
                    {
                      "type": "text",
                      "value": "Take it easy.",
                    },
                  ],
                  "type": "paragraph",
                },
              ],
              "text": "Take it easy.",
              "type": "prose",
            },
            {
              "id": "why",
              "kind": "text",
              "label": "Why?",
              "optional": false,
              "type": "item",
            },
          ],
          "source": "pain >= 7 or not (pain > 0)",
          "type": "show",
          "when": {
            "operands": [
              {
                "left": {
                  "ref": {
                    "item": "pain",
                  },
                  "type": "ref",
                },
                "op": ">=",
                "right": {
                  "type": "number",
                  "value": 7,
                },
                "type": "compare",
              },
              {
                "operand": {
                  "left": {
                    "ref": {
                      "item": "pain",
                    },
                    "type": "ref",
                  },
                  "op": ">",
                  "right": {
                    "type": "number",
                    "value": 0,
                  },
                  "type": "compare",
                },
                "type": "not",
              },
            ],
            "type": "or",
          },
        },
      ]
    `);
  });

  it('keeps coach notes apart from patient content, and the crisis placeholder', () => {
    expect(blocks('Hello.\n\n<CoachNote>\nAsk about **sleep**.\n</CoachNote>\n\n<Crisis />')).toMatchInlineSnapshot(`
      [
        {
          "content": [
            {
              "children": [
                {
                  "type": "text",
                  "value": "Hello.",
                },
              ],
              "type": "paragraph",
            },
          ],
          "text": "Hello.",
          "type": "prose",
        },
        {
          "content": [
            {
              "children": [
                {
                  "type": "text",
                  "value": "Ask about ",
                },
                {
                  "children": [
                    {
                      "type": "text",
                      "value": "sleep",
                    },
                  ],
                  "type": "strong",
                },
                {
                  "type": "text",
                  "value": ".",
                },
              ],
              "type": "paragraph",
            },
          ],
          "text": "Ask about sleep.",
          "type": "coach-note",
        },
        {
          "type": "crisis",
        },
      ]
    `);
  });

  it('reads components written inline on a line of their own', () => {
    expect(blocks('<TextEntry id="x" label="X?" />\n\n<CoachNote>Ask about *sleep*.</CoachNote>\n\n<Show when="answered(x)">Thanks.</Show> <Crisis />')).toMatchInlineSnapshot(`
      [
        {
          "id": "x",
          "kind": "text",
          "label": "X?",
          "optional": false,
          "type": "item",
        },
        {
          "content": [
            {
              "children": [
                {
                  "type": "text",
                  "value": "Ask about ",
                },
                {
                  "children": [
                    {
                      "type": "text",
                      "value": "sleep",
                    },
                  ],
                  "type": "emphasis",
                },
                {
                  "type": "text",
                  "value": ".",
                },
              ],
              "type": "paragraph",
            },
          ],
          "text": "Ask about sleep.",
          "type": "coach-note",
        },
        {
          "blocks": [
            {
              "content": [
                {
                  "children": [
                    {
                      "type": "text",
                      "value": "Thanks.",
                    },
                  ],
                  "type": "paragraph",
                },
              ],
              "text": "Thanks.",
              "type": "prose",
            },
          ],
          "source": "answered(x)",
          "type": "show",
          "when": {
            "ref": {
              "item": "x",
            },
            "type": "answered",
          },
        },
        {
          "type": "crisis",
        },
      ]
    `);
  });
});
