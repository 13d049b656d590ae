import type { FrameItem } from '@copekit/engine';
import { describe, expect, it } from 'vitest';
import { keyMap } from '../keys/key-map.js';
import { choice, frameOf, minutes, rating, textEntry, thoughtRecord } from '@copekit/engine/frames/testing';
import { speakItem, spokenValue } from './speak-item.js';
import { toText } from './to-text.js';

const spoken = (block: ReturnType<typeof rating>) => toText(speakItem(block as FrameItem, keyMap(frameOf([block]))));

describe('speakItem', () => {
  it('says a rating with its range and ends, then pound', () => {
    expect(spoken(rating())).toBe('How strong is your pain?\nEnter a number from 0 to 10, then press pound. 0 means No pain. 10 means Worst pain.');
    expect(spoken(rating({ constraints: { min: 1, max: 5 } }))).toBe('How strong is your pain?\nEnter a number from 1 to 5, then press pound.');
  });

  it('says a number with its unit and range, if it has them', () => {
    expect(spoken(minutes())).toBe('How many minutes?\nEnter the number of minutes, from 0 to 300, then press pound.');
    expect(spoken(minutes({ constraints: { integer: true } }))).toBe('How many minutes?\nEnter a number, then press pound.');
  });

  it('says each option with its key, or lists numbered options for digit entry', () => {
    expect(spoken(choice(['Yes', 'No']))).toBe('Which one?\nFor Yes, press 1. For No, press 2.');
    const labels = Array.from({ length: 10 }, (_, index) => `O${index + 1}`);
    expect(spoken(choice(labels)).split('\n')[1]).toMatch(/^Enter the number of your answer, then press pound\. 1: O1\. 2: O2\. .* 10: O10\.$/);
    const multiple = choice([], { constraints: { multiple: true, options: [{ value: 'a', label: 'Stress' }, { value: 'b', label: 'Sleep' }] } });
    expect(spoken(multiple).split('\n')[1]).toBe('Enter the number of each answer that applies, then press pound. For example, 1, 3, pound. 1: Stress. 2: Sleep.');
  });

  it('asks for a recording for text, and says a thought record needs the app', () => {
    expect(spoken(textEntry())).toBe('Write your goal.\nAfter the tone, say your answer. Then press pound.');
    expect(spoken(thoughtRecord()).split('\n')[1]).toBe('This question cannot be answered by phone. Please answer it in the app or on the website.');
  });

  it('says the current answer first when there is one', () => {
    expect(spoken(choice(['Yes', 'No'], { value: 'no', status: 'answered' })).split('\n')[0]).toBe('Your answer was No.');
  });
});

describe('spokenValue', () => {
  it('says answers in words', () => {
    const item = (block: ReturnType<typeof rating>) => block as FrameItem;
    expect(spokenValue(item(rating()))).toBeNull();
    expect(spokenValue(item(rating({ value: 0, status: 'answered' })))).toBe('0');
    expect(spokenValue(item(minutes({ value: 20, status: 'answered' })))).toBe('20 minutes');
    expect(spokenValue(item(choice(['A', 'B'], { value: ['a', 'b'], status: 'answered' })))).toBe('A, B');
    expect(spokenValue(item(textEntry({ value: 'audio:1', status: 'answered' })))).toBe('your recording');
    expect(spokenValue({ ...(thoughtRecord() as FrameItem & { kind: 'thought-record' }), value: { situation: 'x' }, status: 'answered' })).toBe('your thought record');
    const scale: FrameItem = { kind: 'scale', id: 'q', label: 'Q', optional: false, constraints: { points: [{ value: 0, label: 'Not at all' }] }, value: 0, status: 'answered' };
    expect(spokenValue(scale)).toBe('Not at all');
  });
});
