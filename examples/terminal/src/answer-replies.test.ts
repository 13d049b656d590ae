import type { Frame, FrameBlock, FrameItemBlock } from '@copekit/engine';
import { describe, expect, it } from 'vitest';
import { answerReplies } from './answer-replies.js';

const frame = (blocks: FrameBlock[], overrides: Partial<Frame> = {}): Frame => ({
  status: 'active',
  audience: 'participant',
  mode: 'self-directed',
  lesson: { id: 'l', title: 'L', kind: 'session' },
  flow: 'lesson',
  step: { id: 's', index: 0, count: 2, lesson: 'l' },
  progress: 0,
  blocks,
  actions: ['exit'],
  missing: [],
  focus: blocks.find((block): block is FrameItemBlock => block.type === 'item')?.id ?? null,
  ...overrides,
});
const base = { optional: false, value: null, status: 'unanswered' as const };

describe('answerReplies', () => {
  it('turns answers into the replies a person would type', () => {
    const options = [
      { value: 'stress', label: 'Stress' },
      { value: 'sleep', label: 'Sleep' },
      { value: 'mood', label: 'Mood' },
    ];
    expect(answerReplies(frame([{ type: 'item', kind: 'rating', id: 'r', label: 'R', constraints: { min: 0, max: 10 }, ...base }]), { r: 7 })).toEqual(['7']);
    expect(answerReplies(frame([{ type: 'item', kind: 'choice', id: 'c', label: 'C', constraints: { multiple: true, options }, ...base }]), { c: ['mood', 'stress'] })).toEqual(['3,1']);
    expect(answerReplies(frame([{ type: 'item', kind: 'choice', id: 'c', label: 'C', constraints: { multiple: false, options }, ...base }]), { c: 'sleep' })).toEqual(['2']);
    const points = [0, 1, 2, 3].map((value) => ({ value, label: `P${value}` }));
    const instrument: FrameBlock = { type: 'instrument', id: 'i', ref: 'i', title: 'I', items: [{ kind: 'scale', id: 'q', label: 'Q', constraints: { points }, ...base }], score: null };
    expect(answerReplies(frame([instrument], { focus: 'q' }), { q: 0 })).toEqual(['1']);
    expect(answerReplies(frame([{ type: 'item', kind: 'text', id: 't', label: 'T', constraints: {}, ...base }]), { t: 'A walk' })).toEqual(['A walk']);
    const fields = [
      { id: 'situation', kind: 'text' as const, label: 'S' },
      { id: 'intensity', kind: 'rating' as const, label: 'I', min: 0, max: 100 },
    ];
    expect(answerReplies(frame([{ type: 'item', kind: 'thought-record', id: 'tr', label: 'TR', constraints: { fields }, ...base }]), { tr: { intensity: 40, situation: 'Shop' } })).toEqual([
      'Shop',
      '40',
    ]);
  });

  it('skips optional items without an answer, goes on past answered ones and pages, and runs practices marked done', () => {
    const optional: FrameBlock = { type: 'item', kind: 'number', id: 'n', label: 'N', constraints: { integer: true }, ...base, optional: true };
    expect(answerReplies(frame([optional]), {})).toEqual(['skip']);
    expect(answerReplies(frame([{ ...optional, value: 3, status: 'answered' } as FrameBlock], { focus: null, actions: ['next', 'exit'] }), { n: 9 })).toEqual(['ok']);
    expect(answerReplies(frame([{ type: 'prose', content: [], text: 'Hi.' }], { actions: ['next', 'exit'] }), {})).toEqual(['ok']);
    const practice: FrameBlock = { type: 'practice', id: 'p', title: 'P', minutes: 1, cues: [], status: 'ready', elapsed: 0, cue: -1, actions: ['practice.start'] };
    expect(answerReplies(frame([practice], { actions: ['next', 'exit'] }), {})).toEqual(['next']);
    expect(answerReplies(frame([practice], { actions: ['next', 'exit'] }), { p: 'done' })).toEqual(['start']);
    expect(answerReplies(frame([{ ...practice, status: 'running', actions: ['practice.complete'] } as FrameBlock], { actions: ['next', 'exit'] }), { p: 'done' })).toEqual(['done']);
    expect(answerReplies(frame([], { status: 'completed', step: null }), {})).toEqual([]);
  });

  it('says which required item has no answer, and which answer does not fit', () => {
    const rating: FrameBlock = { type: 'item', kind: 'rating', id: 'pain', label: 'Pain?', constraints: { min: 0, max: 10 }, ...base };
    expect(() => answerReplies(frame([rating]), {})).toThrow('The script has no answer for `pain` ("Pain?"), which is required. Add it to "answers".');
    expect(() => answerReplies(frame([rating]), { pain: '7' })).toThrow('The script\'s answer for `pain` is "7"; it takes a number.');
    const choice: FrameBlock = { type: 'item', kind: 'choice', id: 'c', label: 'C', constraints: { multiple: false, options: [{ value: 'yes', label: 'Yes' }] }, ...base };
    expect(() => answerReplies(frame([choice]), { c: 'maybe' })).toThrow('it takes one of "yes"');
    expect(() => answerReplies(frame([choice]), { c: ['yes'] })).toThrow('it takes one of "yes"');
  });
});
