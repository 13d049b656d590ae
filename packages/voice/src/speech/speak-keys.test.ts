import { describe, expect, it } from 'vitest';
import { keyMap } from '../keys/key-map.js';
import { choice, crisis, frameOf, practice, prose, rating } from '@copekit/engine/frames/testing';
import { speakHelp, speakKeyTail } from './speak-keys.js';
import { toText } from './to-text.js';

const tail = (frame: ReturnType<typeof frameOf>) => toText([speakKeyTail(keyMap(frame))]);
const help = (frame: ReturnType<typeof frameOf>) => toText(speakHelp(keyMap(frame)));

describe('speakKeyTail', () => {
  it('names skip, go on, practice and crisis keys, leaving answers and back to the question and help', () => {
    expect(tail(frameOf([choice(['Yes', 'No'])]))).toBe('To hear this again, press star. For all the keys, press star 0.');
    expect(tail(frameOf([rating({ optional: true })], { actions: ['next', 'back', 'exit'] }))).toBe(
      'To skip this question, press star 3. To go on, press star 9. To hear this again, press star. For all the keys, press star 0.',
    );
    expect(tail(frameOf([practice()]))).toBe('To start the practice, press 1. To go on, press star 9. To hear this again, press star. For all the keys, press star 0.');
    expect(tail(frameOf([crisis(), prose('Help.')], { actions: ['acknowledge', 'exit'] }))).toBe(
      'To hear these numbers again, press 1. To confirm you have the numbers and go back to your lesson, press star 9. To hear this again, press star. For all the keys, press star 0.',
    );
  });

  it('only offers repeat once the lesson is complete', () => {
    expect(tail(frameOf([], { status: 'completed', step: null, actions: [] }))).toBe('To hear this again, press star.');
  });
});

describe('speakHelp', () => {
  it('lists the answer keys first, then every command key including back', () => {
    expect(help(frameOf([choice(['Yes', 'No'])]))).toBe(
      'Here are the keys you can use.\nFor Yes, press 1. For No, press 2.\nTo hear this again, press star. To hear all the keys, press star 0. To go back, press star 7.',
    );
  });

  it('explains digit entry, and has no answer line when nothing is asked', () => {
    expect(help(frameOf([rating()])).split('\n')[1]).toBe('To answer, enter your answer on the keypad, then press pound.');
    expect(help(frameOf([prose('Hi.')], { actions: ['next', 'exit'] }))).toBe(
      'Here are the keys you can use.\nTo hear this again, press star. To hear all the keys, press star 0. To go on, press star 9.',
    );
  });
});
