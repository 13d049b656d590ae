import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { contextWith, phq9Answers } from '../../test/fixtures/context.js';
import type { Position } from '../core/position.js';
import { createEnv } from '../core/session-env.js';
import { crisisRegion } from '../safety/crisis-region.js';
import { buildFrame, type FrameSettings } from './build-frame.js';

const env = createEnv(bundle, 'pacing-basics');
const settings: FrameSettings = { mode: 'guided', audience: 'participant', region: crisisRegion(bundle.curriculum.crisis, 'uk'), now: 100_000 };
const at = (step: number, flow: Position['flow'] = 'lesson', status: Position['status'] = 'active', lessonStep = step): Position => ({ status, flow, step, lessonStep });

describe('buildFrame', () => {
  it('renders the first step as plain JSON', () => {
    expect(buildFrame(env, at(0), contextWith(), settings)).toMatchInlineSnapshot(`
      {
        "actions": [
          "exit",
        ],
        "audience": "participant",
        "blocks": [
          {
            "content": [
              {
                "children": [
                  {
                    "type": "text",
                    "value": "Welcome back",
                  },
                ],
                "depth": 2,
                "type": "heading",
              },
              {
                "children": [
                  {
                    "type": "text",
                    "value": "Doing too much on ",
                  },
                  {
                    "children": [
                      {
                        "type": "text",
                        "value": "good days",
                      },
                    ],
                    "type": "strong",
                  },
                  {
                    "type": "text",
                    "value": " can lead to a flare-up. ",
                  },
                  {
                    "children": [
                      {
                        "type": "text",
                        "value": "Read more",
                      },
                    ],
                    "type": "link",
                    "url": "https://example.org/pacing",
                  },
                ],
                "type": "paragraph",
              },
            ],
            "text": "Welcome back

      Doing too much on good days can lead to a flare-up. Read more",
            "type": "prose",
          },
          {
            "constraints": {
              "max": 10,
              "maxLabel": "Worst pain you can imagine",
              "min": 0,
              "minLabel": "No pain",
            },
            "id": "pain-now",
            "kind": "rating",
            "label": "How strong is your pain right now?",
            "optional": false,
            "status": "unanswered",
            "type": "item",
            "value": null,
          },
        ],
        "flow": "lesson",
        "focus": "pain-now",
        "lesson": {
          "id": "pacing-basics",
          "kind": "session",
          "title": "Pace your day",
        },
        "missing": [
          "pain-now",
        ],
        "mode": "guided",
        "progress": 0,
        "status": "active",
        "step": {
          "count": 9,
          "id": "welcome",
          "index": 0,
          "lesson": "pacing-basics",
          "title": "Why pacing helps",
        },
      }
    `);
  });

  it('shows coach notes only in coach frames of guided sessions', () => {
    const types = (audience: FrameSettings['audience'], mode: FrameSettings['mode']) =>
      buildFrame(env, at(0), contextWith(), { ...settings, audience, mode }).blocks.map((block) => block.type);
    expect(types('coach', 'guided')).toEqual(['prose', 'coach-note', 'item']);
    expect(types('participant', 'guided')).toEqual(['prose', 'item']);
    expect(types('coach', 'self-directed')).toEqual(['prose', 'item']);
  });

  it('resolves <Show> blocks with the answers so far', () => {
    const overdo = (answers: Record<string, unknown>, prior = {}) =>
      buildFrame(env, at(2), contextWith(answers as never, { prior }), settings).blocks.map((block) => (block.type === 'item' ? block.id : block.type));
    expect(overdo({ overdo: ['yard'] })).toEqual(['overdo']);
    expect(overdo({ overdo: ['chores'] })).toEqual(['overdo', 'chore-minutes']);
    expect(overdo({}, { 'check-in': { 'sleep-quality': 2 } })).toEqual(['overdo', 'prose']);
  });

  it('lists the missing items, the focus and the actions allowed now', () => {
    const pick = (answers: Record<string, unknown>) => {
      const { missing, focus, actions } = buildFrame(env, at(2), contextWith(answers as never), settings);
      return { missing, focus, actions };
    };
    expect(pick({})).toEqual({ missing: ['overdo'], focus: 'overdo', actions: ['back', 'exit'] });
    expect(pick({ overdo: ['chores'] })).toEqual({ missing: ['chore-minutes'], focus: 'chore-minutes', actions: ['back', 'exit'] });
    expect(pick({ overdo: ['chores'], 'chore-minutes': 30 })).toEqual({ missing: [], focus: null, actions: ['next', 'back', 'exit'] });
  });

  it('skips answered and skipped items when choosing the focus', () => {
    const frame = buildFrame(env, at(5), contextWith({}, { skipped: ['thought'] }), settings);
    expect(frame.focus).toBeNull();
    expect(frame.blocks[0]).toMatchObject({ type: 'item', id: 'thought', status: 'skipped' });
  });

  it('shows an instrument with its items in order and its score once complete', () => {
    const partial = buildFrame(env, at(4), contextWith({ 'phq-9-q1': 2 }), settings).blocks[0];
    expect(partial).toMatchObject({ type: 'instrument', id: 'phq-9', ref: 'phq-9', title: 'Patient Health Questionnaire (PHQ-9)', score: null });
    if (partial?.type !== 'instrument') throw new Error('expected an instrument');
    expect(partial.instructions).toMatch(/^Over the last 2 weeks/);
    expect(partial.items.map((item) => item.value)).toEqual([2, null, null, null, null, null, null, null, null]);
    const complete = buildFrame(env, at(4), contextWith(phq9Answers(2)), settings);
    expect(complete.blocks[0]).toMatchObject({ score: { value: 16, band: { id: 'moderately-severe', label: 'Moderately severe' }, positive: true } });
    expect(complete.blocks.map((block) => block.type)).toEqual(['instrument', 'prose']);
  });

  it('times a practice from the clock and reports the cue reached', () => {
    const running = contextWith({}, { practices: { pmr: { status: 'running', elapsed: 20_000, since: 90_000 } } });
    expect(buildFrame(env, at(6), running, settings).blocks[0]).toMatchObject({ type: 'practice', status: 'running', elapsed: 30, cue: 1, actions: ['practice.pause', 'practice.complete'] });
    expect(buildFrame(env, at(6), running, { ...settings, now: 170_000 }).blocks[0]).toMatchObject({ elapsed: 100, cue: 2 });
    expect(buildFrame(env, at(6), contextWith(), settings).blocks[0]).toMatchObject({ status: 'ready', elapsed: 0, cue: -1, actions: ['practice.start'] });
  });

  it('shows homework and the crisis resources of the region with the statement', () => {
    const frame = buildFrame(env, at(7), contextWith(), settings);
    expect(frame.blocks).toMatchObject([
      { type: 'homework', id: 'pmr-daily', skill: 'pmr', per: 'day', times: 1, days: 7, text: 'Practise PMR once a day.' },
      {
        type: 'crisis',
        region: { id: 'uk', name: 'United Kingdom' },
        statement: 'Copekit is not a crisis service. Coaches read messages on weekdays.',
        resources: [{ id: 'samaritans', contact: '116 123' }],
      },
    ]);
  });

  it('shows a safety-flow step with the lesson progress and acknowledge on its last step', () => {
    const first = buildFrame(env, at(0, 'safety', 'active', 3), contextWith(), settings);
    expect(first).toMatchObject({ flow: 'safety', step: { id: 'crisis', lesson: 'safety-check', index: 0, count: 4 }, progress: 3 / 9, actions: ['next', 'exit'] });
    expect(buildFrame(env, at(3, 'safety', 'active', 3), contextWith(), settings).actions).toEqual(['back', 'acknowledge', 'exit']);
  });

  it('offers only resume once exited, and nothing once completed', () => {
    expect(buildFrame(env, at(3, 'lesson', 'exited'), contextWith(), settings)).toMatchObject({ status: 'exited', step: { id: 'check' }, blocks: [], actions: ['resume'] });
    expect(buildFrame(env, at(8, 'lesson', 'completed'), contextWith(), settings)).toMatchObject({ status: 'completed', step: null, progress: 1, blocks: [], actions: [] });
  });

  it('is plain JSON', () => {
    const frame = buildFrame(env, at(6), contextWith({}, { practices: { pmr: { status: 'paused', elapsed: 1, since: null } } }), settings);
    expect(JSON.parse(JSON.stringify(frame))).toEqual(frame);
  });
});
