import { describe, expect, it } from 'vitest';
import { frameOf, practice, prose, rating, thoughtRecord } from '@copekit/engine/frames/testing';
import { helpText, quote, reprompt } from './reprompt.js';

describe('reprompt', () => {
  it('puts the reason before what to reply', () => {
    expect(reprompt(frameOf([rating()]), 'Sorry.')).toBe('Sorry. Reply with a number from 0 to 10 (or back, help).');
    expect(reprompt(frameOf([thoughtRecord()]), 'Sorry.', { situation: 'Shop' })).toBe('Sorry. Reply with a number from 0 to 100 (or back, help).');
  });
});

describe('quote', () => {
  it('quotes a reply, trimmed and shortened to 40 characters', () => {
    expect(quote('  maybe ')).toBe('"maybe"');
    expect(quote('x'.repeat(60))).toBe(`"${'x'.repeat(37)}..."`);
    expect(quote('y'.repeat(40))).toBe(`"${'y'.repeat(40)}"`);
  });
});

describe('helpText', () => {
  it('explains keeping an answer when going on is possible', () => {
    const frame = frameOf([rating({ value: 2, status: 'answered' })], { focus: null });
    expect(helpText(frame)).toBe(
      'How strong is your pain?\n0 = No pain, 10 = Worst pain\nReply with a number from 0 to 10 (or ok, back, help).\nOther words: ok = keep this answer and go on; back = go to the previous step; stop = leave now and come back later.',
    );
  });

  it('lists practice commands, and only resume for a stopped session', () => {
    expect(helpText(frameOf([practice()], { actions: ['next', 'exit'] }))).toBe(
      'Reply start to begin (or next, help).\nOther words: start, pause, resume, done = control the practice; stop = leave now and come back later.',
    );
    expect(helpText(frameOf([rating()], { status: 'exited', actions: ['resume'] }))).toBe('Reply resume to carry on where you left off.\nOther words: resume = carry on.');
  });

  it('has no other words once the lesson is complete', () => {
    expect(helpText(frameOf([prose('Done.')], { status: 'completed', step: null, actions: [] }))).toBe('You have finished Test lesson. Thank you.');
  });

  it('asks the next thought-record field', () => {
    expect(helpText(frameOf([thoughtRecord()]), { situation: 'Shop' }).split('\n')[0]).toBe('(2 of 3) How strong was the feeling?');
  });
});
