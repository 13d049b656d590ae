import { describe, expect, it } from 'vitest';
import type { Change } from '../types.js';
import { describeChange, describePath } from './describe-change.js';

const added = (subject: Change['subject'], after: unknown, field?: string): Change => ({ op: 'added', subject, path: [], after, safety: false, ...(field === undefined ? {} : { field }) });

describe('describePath', () => {
  it('names each kind of segment', () => {
    expect(describePath(['step:plan', 'show:pain-now >= 7', 'prose:2', 'coach-note:1', 'crisis:1', 'item:overdo', 'option:yard', 'cue:1:30', 'crisis', 'region:us'])).toBe(
      'step `plan` › Show when `pain-now >= 7` › prose 2 › coach note 1 › crisis 1 › item `overdo` › option `yard` › cue 1:30 › crisis › region `us`',
    );
  });
});

describe('describeChange', () => {
  it.each([
    [added('lesson', { id: 'x', title: 'Sleep', kind: 'session', module: 'sleep', minutes: 30, steps: ['a', 'b'] }), 'added lesson “Sleep” (session, module `sleep`, 2 steps)'],
    [added('step', { id: 'x', title: null }), 'added step (untitled)'],
    [added('item', { kind: 'rating', label: 'Pain?', risk: {}, optional: false }), 'added rating item “Pain?” with a risk rule'],
    [added('option', { value: 'no', label: 'No' }), 'added option “No” (value `no`)'],
    [added('point', { value: 2, label: 'Often' }), 'added point 2 “Often”'],
    [added('field', { id: 'situation', label: 'Situation' }), 'added field `situation` “Situation”'],
    [added('prose', { text: 'One.\n\nTwo *b*.' }), 'added prose: One. Two \\*b\\*.'],
    [added('coach-note', { text: 'Ask.' }), 'added coach note (coach only): Ask.'],
    [added('show', { source: 'mood >= 3' }), 'added Show block when `mood >= 3`'],
    [added('crisis', { type: 'crisis' }), 'added crisis resources block (`<Crisis />`)'],
    [added('practice', { title: 'Breathe', minutes: 5, cues: [{}, {}] }), 'added practice “Breathe” (5 min, 2 cues)'],
    [added('cue', { at: 90, text: 'Breathe out.' }), 'added cue at 1:30 “Breathe out.”'],
    [added('homework', { skill: 'pmr', times: 2, per: 'day', days: 7 }), 'added homework `pmr` (2 per day for 7 days)'],
    [added('instrument-block', { id: 'mood', ref: 'mood-check' }), 'added instrument `mood-check` (block `mood`)'],
    [added('instrument', { id: 'phq-9', title: 'PHQ-9', version: '1999' }), 'added instrument `phq-9` “PHQ-9” version `1999`'],
    [added('instrument-item', { id: 'q9', risk: '> 0' }), 'added item `q9` (no item text) with risk threshold `> 0`'],
    [added('band', { id: 'mild', label: 'Mild', min: 5, max: 9 }), 'added band `mild` “Mild” (5–9)'],
    [added('module', { id: 'sleep', title: 'Sleep' }), 'added module `sleep` “Sleep”'],
    [added('crisis-region', { id: 'uk', name: 'UK' }), 'added region `uk` “UK”'],
    [added('crisis-resource', { id: '988', label: 'Call 988', channel: 'call', contact: '988' }), 'added resource `988` “Call 988” (call `988`)'],
    [added('lesson', 'Plan rest breaks', 'objectives'), 'added objective “Plan rest breaks”'],
    [added('program', { sessions: [] }), 'added program `{"sessions":[]}`'],
  ])('describes %j', (change, text) => {
    expect(describeChange(change)).toBe(text);
  });

  it('describes removals, moves and value changes', () => {
    expect(describeChange({ op: 'removed', subject: 'lesson', field: 'references', path: [], before: 'Heapy 2017', safety: false })).toBe('removed reference “Heapy 2017”');
    expect(describeChange({ op: 'moved', subject: 'step', path: [], before: 1, after: 3, safety: false })).toBe('step moved from position 1 to position 3');
    expect(describeChange({ op: 'moved', subject: 'instrument-block', path: [], before: ['step:a'], after: ['step:b', 'show:x > 1'], safety: false })).toBe(
      'instrument block moved from step `a` to step `b` › Show when `x > 1`',
    );
    expect(describeChange({ op: 'changed', subject: 'program', field: 'sessions', path: [], before: ['a'], after: [], safety: false })).toBe('program sessions changed: `a` → (none)');
    expect(describeChange({ op: 'changed', subject: 'item', field: 'max', path: [], before: 10, after: null, safety: false })).toBe('item max changed: `10` → (none)');
    expect(describeChange({ op: 'changed', subject: 'prose', field: 'markup', path: [], before: [], after: [], safety: false })).toBe('prose markup changed (formatting or links; the words are the same)');
    expect(describeChange({ op: 'changed', subject: 'condition', field: 'when', path: [], before: 'a > 1', after: 'a > 2', safety: false })).toBe('Show condition changed: `a > 1` → `a > 2`');
  });
});
