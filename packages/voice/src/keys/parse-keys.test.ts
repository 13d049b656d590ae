import { describe, expect, it } from 'vitest';
import { assertValidSsml } from '../test-utils/ssml.js';
import { choice, crisis, frameOf, minutes, practice, prose, rating } from '@copekit/engine/frames/testing';
import { parseKeys } from './parse-keys.js';

const pain = frameOf([prose('About your pain.'), rating()]);
const yesNo = frameOf([choice(['Yes', 'No'])]);

describe('parseKeys: answers', () => {
  it('reads a rating as its digits then pound, so both 0 and 10 work', () => {
    expect(parseKeys(pain, '0#')).toEqual({ event: { type: 'answer', item: 'pain', value: 0 } });
    expect(parseKeys(pain, '10#')).toEqual({ event: { type: 'answer', item: 'pain', value: 10 } });
    expect(parseKeys(pain, '07#')).toEqual({ event: { type: 'answer', item: 'pain', value: 7 } });
    expect(parseKeys(pain, ' 7 # ')).toEqual({ event: { type: 'answer', item: 'pain', value: 7 } });
  });

  it('asks for pound after bare digits, and re-prompts numbers out of range with the question', () => {
    expect(parseKeys(pain, '7')).toMatchObject({ reason: 'unfinished', text: expect.stringMatching(/^Please press pound after your answer\.\nHow strong is your pain\?/) });
    const result = parseKeys(pain, '11#');
    expect(result).toMatchObject({ reason: 'out-of-range' });
    expect('text' in result && result.text).toBe(
      'Sorry, 11 is out of range.\nHow strong is your pain?\nEnter a number from 0 to 10, then press pound. 0 means No pain. 10 means Worst pain.\nTo hear this again, press star. For all the keys, press star 0.',
    );
    expect(parseKeys(frameOf([minutes()]), '301#')).toMatchObject({ reason: 'out-of-range' });
  });

  it('reads a choice as its option number, never 0, and refuses pound for a single key', () => {
    expect(parseKeys(yesNo, '2')).toEqual({ event: { type: 'answer', item: 'pick', value: 'no' } });
    expect(parseKeys(yesNo, '0')).toMatchObject({ reason: 'out-of-range', text: expect.stringMatching(/^Sorry, 0 is not one of the choices\./) });
    expect(parseKeys(yesNo, '3')).toMatchObject({ reason: 'out-of-range' });
    expect(parseKeys(yesNo, '2#')).toMatchObject({ reason: 'unclear' });
    expect(parseKeys(yesNo, '12')).toMatchObject({ reason: 'unclear' });
  });

  it('reads more than 9 options as digits then pound', () => {
    const frame = frameOf([choice(Array.from({ length: 12 }, (_, index) => `Option ${index + 1}`))]);
    expect(parseKeys(frame, '12#')).toEqual({ event: { type: 'answer', item: 'pick', value: 'option-12' } });
    expect(parseKeys(frame, '1#')).toEqual({ event: { type: 'answer', item: 'pick', value: 'option-1' } });
    expect(parseKeys(frame, '13#')).toMatchObject({ reason: 'out-of-range' });
    expect(parseKeys(frame, '0#')).toMatchObject({ reason: 'out-of-range' });
  });

  it('reads a multiple choice as one digit per option, then pound', () => {
    const options = ['stress', 'sleep', 'tension'].map((value) => ({ value, label: value }));
    const frame = frameOf([choice([], { constraints: { multiple: true, options } })]);
    expect(parseKeys(frame, '31#')).toEqual({ event: { type: 'answer', item: 'pick', value: ['stress', 'tension'] } });
    expect(parseKeys(frame, '113#')).toEqual({ event: { type: 'answer', item: 'pick', value: ['stress', 'tension'] } });
    expect(parseKeys(frame, '14#')).toMatchObject({ reason: 'out-of-range', text: expect.stringMatching(/^Sorry, 4 is not one of the choices\./) });
    expect(parseKeys(frame, '10#')).toMatchObject({ reason: 'out-of-range' });
  });
});

describe('parseKeys: commands', () => {
  it('goes back, on and skips with star keys, and says why a key does not apply now', () => {
    const answered = frameOf([rating({ value: 4, status: 'answered', optional: true })], { focus: null });
    expect(parseKeys(answered, '*7')).toEqual({ event: { type: 'back' } });
    expect(parseKeys(answered, '*9')).toEqual({ event: { type: 'next' } });
    expect(parseKeys(answered, '*3')).toEqual({ event: { type: 'skip', item: 'pain' } });
    expect(parseKeys(pain, '*9')).toMatchObject({ reason: 'not-allowed', text: expect.stringMatching(/^Please answer the question first\./) });
    expect(parseKeys(pain, '*3')).toMatchObject({ reason: 'not-allowed', text: expect.stringMatching(/^This question cannot be skipped\./) });
    const first = frameOf([prose('Welcome.')], { actions: ['next', 'exit'] });
    expect(parseKeys(first, '*7')).toMatchObject({ reason: 'not-allowed', text: 'You cannot go back from here.\nTo go on, press star 9. To hear this again, press star. For all the keys, press star 0.' });
  });

  it('confirms the end of the safety flow with star 9, and speaks the crisis numbers again on 1', () => {
    const confirm = frameOf([crisis(), prose('Keep these numbers.')], { flow: 'safety', actions: ['acknowledge', 'exit'] });
    expect(parseKeys(confirm, '*9')).toEqual({ event: { type: 'acknowledge' } });
    const again = parseKeys(confirm, '1');
    expect(again).toMatchObject({ reason: 'crisis' });
    expect('reprompt' in again && again.reprompt).toContain('Call <say-as interpret-as="telephone">988</say-as>. Talk to someone any time.');
    expect('text' in again && again.text).not.toContain('Keep these numbers.');
  });

  it('repeats the whole step on star, and lists every key on star 0', () => {
    const repeat = parseKeys(pain, '*');
    expect(repeat).toMatchObject({ reason: 'repeat', text: expect.stringMatching(/^First step\.\nAbout your pain\.\nHow strong is your pain\?/) });
    expect(parseKeys(yesNo, '*0')).toMatchObject({
      reason: 'help',
      text: 'Here are the keys you can use.\nFor Yes, press 1. For No, press 2.\nTo hear this again, press star. To hear all the keys, press star 0. To go back, press star 7.',
    });
    expect(parseKeys(pain, '*0')).toMatchObject({ text: expect.stringContaining('To answer, enter your answer on the keypad, then press pound.') });
  });

  it('controls a practice with 1, 2 and 3', () => {
    expect(parseKeys(frameOf([practice()]), '1')).toEqual({ event: { type: 'practice.start', practice: 'breathing' } });
    const running = frameOf([practice({ status: 'running', actions: ['practice.pause', 'practice.complete'] })]);
    expect(parseKeys(running, '2')).toEqual({ event: { type: 'practice.pause', practice: 'breathing' } });
    expect(parseKeys(running, '3')).toEqual({ event: { type: 'practice.complete', practice: 'breathing' } });
    expect(parseKeys(running, '1')).toMatchObject({ reason: 'unclear' });
  });

  it('resumes an exited session with 1', () => {
    expect(parseKeys(frameOf([rating()], { status: 'exited', actions: ['resume'] }), '1')).toEqual({ event: { type: 'resume' } });
  });

  it('re-prompts nothing pressed and keys that are not keypad keys', () => {
    expect(parseKeys(pain, '')).toMatchObject({ reason: 'no-input', text: expect.stringMatching(/^Sorry, I did not hear a key\./) });
    expect(parseKeys(pain, 'A#')).toMatchObject({ reason: 'unclear' });
    expect(parseKeys(pain, '**')).toMatchObject({ reason: 'unclear' });
    expect(parseKeys(pain, '#')).toMatchObject({ reason: 'unclear' });
  });

  it('speaks every re-prompt as valid SSML in the language asked', () => {
    for (const keys of ['', '7', '11#', '*', '*0', '*9', 'x']) {
      const result = parseKeys(pain, keys, { lang: 'en-GB' });
      if (!('reprompt' in result)) throw new Error(`expected a re-prompt for ${keys}`);
      assertValidSsml(result.reprompt);
      expect(result.reprompt).toContain('xml:lang="en-GB"');
    }
  });
});

describe('parseKeys on the shipped weekly mood check', () => {
  it('maps scale keys 1–4 to PHQ values 0–3 and the risk option to its value', async () => {
    const { curriculumBundle } = await import('@copekit/engine/frames/testing');
    const { createSession } = await import('@copekit/engine');
    const session = createSession(await curriculumBundle(), { lesson: 'weekly-mood', mode: 'self-directed', participant: 'p', clock: { now: () => 0 } });
    session.send({ type: 'next' });
    const mood = session.getFrame();
    expect(['1', '2', '3', '4'].map((keys) => parseKeys(mood, keys))).toEqual(
      [0, 1, 2, 3].map((value) => ({ event: { type: 'answer', item: 'phq-2-q1', value } })),
    );
    expect(parseKeys(mood, '0')).toMatchObject({ reason: 'out-of-range' });
    expect(parseKeys(mood, '5')).toMatchObject({ reason: 'out-of-range' });
    session.send({ type: 'answer', item: 'phq-2-q1', value: 0 });
    session.send({ type: 'answer', item: 'phq-2-q2', value: 1 });
    session.send({ type: 'next' });
    expect(parseKeys(session.getFrame(), '2')).toEqual({ event: { type: 'answer', item: 'self-harm-thoughts', value: 'yes' } });
  });
});
