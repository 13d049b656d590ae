import type { Bundle, Lesson } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { curriculumBundle } from '@copekit/engine/frames/testing';
import { bundleItemShape, frameItemShape, voiceEntry } from '../keys/voice-entry.js';
import { voiceProblems } from './voice-problems.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await curriculumBundle();
});

describe('voiceProblems on the shipped curriculum', () => {
  it('finds the daily check-in, the weekly measure and the safety lesson voice-ready', () => {
    expect(voiceProblems(bundle, 'daily-check-in')).toEqual([]);
    expect(voiceProblems(bundle, 'weekly-mood')).toEqual([]);
    expect(voiceProblems(bundle, bundle.curriculum.safety.lesson)).toEqual([]);
    expect(voiceProblems(bundle, 'crisis-support')).toEqual([]);
  });

  it('reports the required thought record of the reframing session, with a fix', () => {
    expect(voiceProblems(bundle, 'balanced-thoughts')).toMatchInlineSnapshot(`
      [
        {
          "code": "required-unsupported",
          "item": "thought-record",
          "lesson": "balanced-thoughts",
          "message": "\`thought-record\` is required but cannot be answered on a keypad (thought records, and multiple choices with more than 9 options). Make it \`optional\`, or keep the lesson off voice lines.",
          "step": "record",
        },
      ]
    `);
  });

  it('finds every shipped lesson voice-ready except the reframing session and its thought record', () => {
    const problems = Object.fromEntries(bundle.lessons.map((lesson) => [lesson.id, voiceProblems(bundle, lesson.id).map((problem) => `${problem.item}: ${problem.code}`)]));
    expect(problems).toMatchInlineSnapshot(`
      {
        "activity-pacing": [],
        "balanced-thoughts": [
          "thought-record: required-unsupported",
        ],
        "baseline-measures": [],
        "better-sleep": [],
        "crisis-support": [],
        "daily-check-in": [],
        "end-of-program": [],
        "mini-practices": [],
        "pain-and-relaxation": [],
        "pleasant-activities": [],
        "pleasant-imagery": [],
        "safety-plan": [],
        "sleep-diary": [],
        "staying-on-track": [],
        "weekly-mood": [],
      }
    `);
  });

  it('refuses an unknown lesson and names the lessons there are', () => {
    expect(() => voiceProblems(bundle, 'daily-checkin')).toThrow(/^voiceProblems: no lesson `daily-checkin` in the bundle; it has `activity-pacing`, /);
  });
});

describe('voiceProblems on hand-made lessons', () => {
  it('reports required text, negative ranges and too many options, inside Show and instruments too', () => {
    const options = Array.from({ length: 10 }, (_, index) => ({ value: `o${index}`, label: `Option ${index}` }));
    const lesson: Lesson = {
      id: 'made',
      title: 'Made',
      module: 'm',
      kind: 'session',
      minutes: 5,
      objectives: [],
      references: [],
      source: 'm/made.mdx',
      hash: 'sha256:0',
      steps: [
        {
          id: 'one',
          blocks: [
            { type: 'item', kind: 'text', id: 'why', label: 'Why?', optional: false },
            { type: 'item', kind: 'text', id: 'notes', label: 'Notes?', optional: true },
            {
              type: 'show',
              source: 'answered(why)',
              when: { type: 'answered', ref: { item: 'why' } },
              blocks: [{ type: 'item', kind: 'number', id: 'change', label: 'Change?', optional: false, min: -5, max: 5, integer: true }],
            },
          ],
        },
        {
          id: 'two',
          blocks: [
            { type: 'item', kind: 'choice', id: 'many', label: 'Many?', optional: false, multiple: true, options },
            { type: 'item', kind: 'choice', id: 'many-optional', label: 'Many?', optional: true, multiple: true, options },
            { type: 'item', kind: 'choice', id: 'one-of-many', label: 'One?', optional: false, multiple: false, options },
            {
              type: 'instrument',
              id: 'mood',
              ref: 'mood',
              items: [{ kind: 'rating', id: 'mood-q1', label: 'Mood', optional: false, min: -3, max: 3 }],
            },
          ],
        },
      ],
    };
    const made = { ...bundle, lessons: [lesson] };
    expect(voiceProblems(made, 'made').map((problem) => `${problem.step}/${problem.item}: ${problem.code}`)).toEqual([
      'one/why: required-text',
      'one/change: negative-range',
      'two/many: required-unsupported',
      'two/mood-q1: negative-range',
    ]);
  });
});

describe('voiceEntry', () => {
  it('decides the keypad entry of each kind of item', () => {
    const shape = (kind: Parameters<typeof voiceEntry>[0]['kind'], rest: Partial<Parameters<typeof voiceEntry>[0]> = {}) =>
      voiceEntry({ kind, optional: false, multiple: false, options: 0, ...rest });
    expect(shape('rating', { min: 0 })).toEqual({ entry: 'digits', problem: null });
    expect(shape('number')).toEqual({ entry: 'digits', problem: null });
    expect(shape('choice', { options: 9 })).toEqual({ entry: 'choice', problem: null });
    expect(shape('scale', { options: 10 })).toEqual({ entry: 'digits', problem: null });
    expect(shape('rating', { min: -1 })).toEqual({ entry: 'digits', problem: 'negative-range' });
    expect(shape('number', { min: -1, optional: true })).toEqual({ entry: 'digits', problem: 'negative-range' });
    expect(shape('choice', { options: 10, multiple: true })).toEqual({ entry: 'unsupported', problem: 'required-unsupported' });
    expect(shape('text')).toEqual({ entry: 'recording', problem: 'required-text' });
    expect(shape('thought-record')).toEqual({ entry: 'unsupported', problem: 'required-unsupported' });
    expect(shape('choice', { options: 9, multiple: true })).toEqual({ entry: 'digits', problem: null });
    expect(shape('choice', { options: 10, multiple: true, optional: true })).toEqual({ entry: 'unsupported', problem: null });
    expect(shape('text', { optional: true })).toEqual({ entry: 'recording', problem: null });
    expect(shape('thought-record', { optional: true })).toEqual({ entry: 'unsupported', problem: null });
  });

  it('reads the same shape from a bundle item and its frame item', () => {
    expect(bundleItemShape({ kind: 'number', id: 'n', label: 'N', optional: true, integer: true })).toEqual({ kind: 'number', optional: true, multiple: false, options: 0 });
    expect(frameItemShape({ kind: 'number', id: 'n', label: 'N', optional: true, constraints: { integer: true, min: 2 }, value: null, status: 'unanswered' })).toEqual({
      kind: 'number',
      optional: true,
      multiple: false,
      options: 0,
      min: 2,
    });
    expect(bundleItemShape({ kind: 'scale', id: 's', label: 'S', optional: false, points: [{ value: 0, label: 'No' }] })).toMatchObject({ options: 1 });
    expect(frameItemShape({ kind: 'text', id: 't', label: 'T', optional: false, constraints: {}, value: null, status: 'unanswered' })).toEqual({
      kind: 'text',
      optional: false,
      multiple: false,
      options: 0,
    });
  });
});
