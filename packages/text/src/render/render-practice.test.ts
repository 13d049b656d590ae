import { describe, expect, it } from 'vitest';
import { crisis, practice } from '@copekit/engine/frames/testing';
import { renderCrisis } from './render-crisis.js';
import { clockTime, renderPractice } from './render-practice.js';

describe('clockTime', () => {
  it('writes seconds as m:ss, rounding down and never negative', () => {
    expect([0, 9.9, 60, 95, 900, -3].map(clockTime)).toEqual(['0:00', '0:09', '1:00', '1:35', '15:00', '0:00']);
  });
});

describe('renderPractice', () => {
  it('says where the practice stands in each status', () => {
    expect(renderPractice(practice())).toEqual(['Slow breathing (1 minute)']);
    expect(renderPractice(practice({ status: 'running', cue: -1 }))).toEqual([
      'Slow breathing (1 minute). Follow each cue at its time:',
      '0:00 Sit comfortably.\n0:30 Breathe out slowly.',
    ]);
    expect(renderPractice(practice({ status: 'completed', elapsed: 61, minutes: 5 }))).toEqual(['Slow breathing (5 minutes): done, 1:01 practised.']);
  });
});

describe('renderCrisis', () => {
  it('lists every resource with its description and web link, then the statement', () => {
    expect(renderCrisis(crisis())).toEqual([
      'Get help now (United States):\n- Call 988: Talk to someone any time.\n- Chat online: Chat with a counselor. https://988lifeline.org/chat/',
      'This program is not a crisis service.',
    ]);
  });
});
