import type { FrameItem } from '@copekit/engine';
import { describe, expect, it } from 'vitest';
import { choice, frameOf, minutes, practice, prose, rating, textEntry, thoughtRecord } from '@copekit/engine/frames/testing';
import { parseReply } from './parse-reply.js';

const pain = frameOf([rating()]);
const yesNo = frameOf([choice(['Yes', 'No', 'Next'])]);

describe('parseReply: answers', () => {
  it('answers a rating with a number, including both ends of the scale', () => {
    expect(parseReply(pain, '7')).toEqual({ event: { type: 'answer', item: 'pain', value: 7 } });
    expect(parseReply(pain, '0')).toEqual({ event: { type: 'answer', item: 'pain', value: 0 } });
    expect(parseReply(pain, '10/10')).toEqual({ event: { type: 'answer', item: 'pain', value: 10 } });
  });

  it('re-prompts out-of-range, other-scale, decimal and unclear ratings, saying what is accepted', () => {
    expect(parseReply(pain, '11')).toEqual({ reprompt: '11 is out of range. Reply with a number from 0 to 10 (or back, help).', reason: 'out-of-range' });
    expect(parseReply(pain, '3/5')).toEqual({ reprompt: 'Please rate from 0 to 10. Reply with a number from 0 to 10 (or back, help).', reason: 'other-scale' });
    expect(parseReply(pain, '6.5')).toMatchObject({ reason: 'not-whole' });
    expect(parseReply(pain, 'pretty bad')).toEqual({
      reprompt: 'Sorry, I did not understand "pretty bad". Reply with a number from 0 to 10 (or back, help).',
      reason: 'unclear',
    });
    expect(parseReply(pain, '   ')).toEqual({ reprompt: 'I did not get a reply. Reply with a number from 0 to 10 (or back, help).', reason: 'empty' });
  });

  it('answers a choice by number or label, and an exact label wins over a command word', () => {
    expect(parseReply(yesNo, '2')).toEqual({ event: { type: 'answer', item: 'pick', value: 'no' } });
    expect(parseReply(yesNo, 'Yes!')).toEqual({ event: { type: 'answer', item: 'pick', value: 'yes' } });
    expect(parseReply(yesNo, 'next')).toEqual({ event: { type: 'answer', item: 'pick', value: 'next' } });
    expect(parseReply(yesNo, '4')).toMatchObject({ reason: 'out-of-range', reprompt: expect.stringMatching(/^There is no option 4\. Reply with a number from 1 to 3/) });
    expect(parseReply(yesNo, '1,2')).toMatchObject({ reason: 'one-only' });
    expect(parseReply(yesNo, 'maybe')).toMatchObject({ reason: 'unclear' });
  });

  it('answers a multiple choice with a list of numbers', () => {
    const frame = frameOf([choice(['Stress', 'Poor sleep', 'Tense muscles'], { constraints: { multiple: true, options: ['stress', 'sleep', 'tension'].map((value) => ({ value, label: value })) } })]);
    expect(parseReply(frame, '1,3')).toEqual({ event: { type: 'answer', item: 'pick', value: ['stress', 'tension'] } });
    expect(parseReply(frame, 'sleep')).toEqual({ event: { type: 'answer', item: 'pick', value: ['sleep'] } });
  });

  it('answers a scale by option number, with 0 out of range', () => {
    const scale: FrameItem = {
      kind: 'scale',
      id: 'q9',
      label: 'Thoughts of self-harm',
      optional: false,
      constraints: { points: [0, 1, 2, 3].map((value) => ({ value, label: `Point ${value}` })) },
      value: null,
      status: 'unanswered',
    };
    const frame = frameOf([{ type: 'instrument', id: 'phq-9', ref: 'phq-9', title: 'PHQ-9', items: [scale], score: null }]);
    expect(parseReply(frame, '2')).toEqual({ event: { type: 'answer', item: 'q9', value: 1 } });
    expect(parseReply(frame, 'point 3')).toEqual({ event: { type: 'answer', item: 'q9', value: 3 } });
    expect(parseReply(frame, '0')).toMatchObject({ reason: 'out-of-range' });
  });

  it('answers a number item with its unit, and checks its range', () => {
    const frame = frameOf([minutes()]);
    expect(parseReply(frame, '25 minutes')).toEqual({ event: { type: 'answer', item: 'minutes', value: 25 } });
    expect(parseReply(frame, '301')).toMatchObject({ reason: 'out-of-range' });
    expect(parseReply(frame, '-1')).toMatchObject({ reason: 'out-of-range' });
  });

  it('takes any text for a text item, trimmed, within its length', () => {
    const frame = frameOf([textEntry()]);
    expect(parseReply(frame, '  Walk to the park  ')).toEqual({ event: { type: 'answer', item: 'goal', value: 'Walk to the park' } });
    expect(parseReply(frame, 'A much longer goal than allowed')).toEqual({
      reprompt: 'That is 31 characters; the most is 20. Reply with your answer in up to 20 characters (or skip, back, help).',
      reason: 'too-long',
    });
    expect(parseReply(frame, 'skip')).toEqual({ event: { type: 'skip', item: 'goal' } });
  });

  it('builds a thought record field by field and sends it once complete', () => {
    const frame = frameOf([thoughtRecord()]);
    const first = parseReply(frame, 'At work');
    expect(first).toEqual({ draft: { situation: 'At work' } });
    expect(parseReply(frame, 'very', { draft: { situation: 'At work' } })).toMatchObject({ reason: 'unclear' });
    expect(parseReply(frame, '101', { draft: { situation: 'At work' } })).toMatchObject({ reason: 'out-of-range' });
    const second = parseReply(frame, '60', { draft: { situation: 'At work' } });
    expect(second).toEqual({ draft: { situation: 'At work', intensity: 60 } });
    expect(parseReply(frame, 'It was one bad day', { draft: { situation: 'At work', intensity: 60 } })).toEqual({
      event: { type: 'answer', item: 'record', value: { situation: 'At work', intensity: 60, 'balanced-thought': 'It was one bad day' } },
    });
    expect(parseReply(frame, 'back', { draft: { situation: 'At work', intensity: 60 } })).toEqual({ draft: { situation: 'At work' } });
  });
});

describe('parseReply: commands', () => {
  it('goes back and on when the frame allows it, and says why not otherwise', () => {
    const answered = frameOf([rating({ value: 3, status: 'answered' })], { focus: null });
    expect(parseReply(answered, 'back')).toEqual({ event: { type: 'back' } });
    expect(parseReply(answered, 'OK')).toEqual({ event: { type: 'next' } });
    expect(parseReply(pain, 'next')).toEqual({ reprompt: 'Please answer this question first. Reply with a number from 0 to 10 (or back, help).', reason: 'not-allowed' });
    const first = frameOf([prose('Welcome.')], { actions: ['next', 'exit'] });
    expect(parseReply(first, 'back')).toEqual({ reprompt: 'This is the first step. Reply ok to go on (or help).', reason: 'not-allowed' });
  });

  it('confirms the end of the safety flow with ok', () => {
    const confirm = frameOf([prose('Keep these numbers.')], { flow: 'safety', actions: ['back', 'acknowledge', 'exit'] });
    expect(parseReply(confirm, 'ok')).toEqual({ event: { type: 'acknowledge' } });
    expect(parseReply(confirm, '1')).toMatchObject({ reason: 'unclear' });
  });

  it('skips only optional items', () => {
    expect(parseReply(pain, 'skip')).toEqual({ reprompt: 'This question needs an answer. Reply with a number from 0 to 10 (or back, help).', reason: 'not-allowed' });
    expect(parseReply(frameOf([rating({ optional: true })]), 'Skip')).toEqual({ event: { type: 'skip', item: 'pain' } });
    expect(parseReply(frameOf([prose('Hi.')]), 'skip')).toMatchObject({ reason: 'not-allowed' });
  });

  it('leaves with stop or exit, and resumes an exited session', () => {
    expect(parseReply(pain, 'stop')).toEqual({ event: { type: 'exit' } });
    expect(parseReply(pain, 'exit')).toEqual({ event: { type: 'exit' } });
    const exited = frameOf([rating()], { status: 'exited', actions: ['resume'] });
    expect(parseReply(exited, 'resume')).toEqual({ event: { type: 'resume' } });
    expect(parseReply(exited, 'start')).toEqual({ event: { type: 'resume' } });
    expect(parseReply(exited, '7')).toMatchObject({ reason: 'unclear' });
    expect(parseReply(exited, 'back')).toEqual({ reprompt: 'You have stopped for now. Reply resume to carry on where you left off.', reason: 'not-allowed' });
  });

  it('controls the step practice with start, pause, resume and done', () => {
    expect(parseReply(frameOf([practice()]), 'start')).toEqual({ event: { type: 'practice.start', practice: 'breathing' } });
    const running = frameOf([practice({ status: 'running', actions: ['practice.pause', 'practice.complete'] })]);
    expect(parseReply(running, 'pause')).toEqual({ event: { type: 'practice.pause', practice: 'breathing' } });
    expect(parseReply(running, 'done')).toEqual({ event: { type: 'practice.complete', practice: 'breathing' } });
    expect(parseReply(running, 'start')).toMatchObject({ reason: 'not-allowed', reprompt: expect.stringMatching(/^The practice cannot do that now\./) });
    const paused = frameOf([practice({ status: 'paused', actions: ['practice.resume', 'practice.complete'] })]);
    expect(parseReply(paused, 'start')).toEqual({ event: { type: 'practice.resume', practice: 'breathing' } });
    expect(parseReply(paused, 'resume')).toEqual({ event: { type: 'practice.resume', practice: 'breathing' } });
    expect(parseReply(pain, 'pause')).toMatchObject({ reprompt: expect.stringMatching(/^There is no practice on this step\./) });
  });

  it('refuses a practice command that two practices could take', () => {
    const two = frameOf([practice(), practice({ id: 'second' })]);
    expect(parseReply(two, 'start')).toMatchObject({ reason: 'not-allowed', reprompt: expect.stringMatching(/more than one practice/) });
  });

  it('answers help with the question, what to reply and the other words', () => {
    const frame = frameOf([rating({ optional: true })]);
    expect(parseReply(frame, 'help')).toEqual({
      reason: 'help',
      reprompt:
        'How strong is your pain?\n0 = No pain, 10 = Worst pain\nReply with a number from 0 to 10 (or skip, back, help).\nOther words: skip = skip this question; back = go to the previous step; stop = leave now and come back later.',
    });
    expect(parseReply(frameOf([practice()]), '?')).toMatchObject({ reprompt: expect.stringContaining('start, pause, resume, done = control the practice') });
  });

  it('has nothing to do once the lesson is complete', () => {
    const done = frameOf([], { status: 'completed', step: null, actions: [] });
    expect(parseReply(done, 'next')).toEqual({ reprompt: 'This lesson is finished. You have finished Test lesson. Thank you.', reason: 'not-allowed' });
  });
});

describe('parseReply: forgiving only where nothing is guessed', () => {
  it('ignores case, spacing and trailing punctuation', () => {
    for (const text of ['YES', ' yes ', 'Yes.', 'yes!!', '1)', '1.']) expect(parseReply(yesNo, text)).toEqual({ event: { type: 'answer', item: 'pick', value: 'yes' } });
    for (const text of ['Back', ' BACK. ']) expect(parseReply(frameOf([prose('Hi.')]), text)).toEqual({ event: { type: 'back' } });
  });

  it('does not read a word that only starts like an option or a command', () => {
    for (const text of ['ye', 'yess', 'no way', 'backwards', 'ok then']) expect(parseReply(yesNo, text)).toMatchObject({ reason: 'unclear' });
  });

  it('gives help for the thought-record field being asked', () => {
    const frame = frameOf([thoughtRecord()]);
    expect(parseReply(frame, 'help', { draft: { situation: 'Shop' } })).toMatchObject({ reason: 'help', reprompt: expect.stringMatching(/^\(2 of 3\) How strong was the feeling\?/) });
    expect(parseReply(frame, '', { draft: { situation: 'Shop' } })).toEqual({ reprompt: 'I did not get a reply. Reply with a number from 0 to 100 (or back, help).', reason: 'empty' });
  });
});
