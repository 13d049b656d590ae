import type { FrameItem } from '@copekit/engine';
import { describe, expect, it } from 'vitest';
import { choice, minutes, rating, textEntry, thoughtRecord } from '@copekit/engine/frames/testing';
import { answerHint, describeValue, itemQuestion, nextField, numberedOptions } from './describe-item.js';

const item = (block: ReturnType<typeof rating>) => block as FrameItem;
const scale: FrameItem = {
  kind: 'scale',
  id: 'q1',
  label: 'Feeling down',
  optional: false,
  constraints: { points: [0, 1, 2, 3].map((value) => ({ value, label: `Point ${value}` })) },
  value: 2,
  status: 'answered',
};

describe('itemQuestion', () => {
  it('gives a rating its scale ends', () => {
    expect(itemQuestion(item(rating()))).toEqual(['How strong is your pain?\n0 = No pain, 10 = Worst pain']);
    expect(itemQuestion(item(rating({ constraints: { min: 1, max: 5 } })))).toEqual(['How strong is your pain?']);
  });

  it('numbers the options of choices and scales from 1', () => {
    expect(itemQuestion(item(choice(['Yes', 'No'])))).toEqual(['Which one?\n1) Yes\n2) No']);
    expect(itemQuestion(scale)).toEqual(['Feeling down\n1) Point 0\n2) Point 1\n3) Point 2\n4) Point 3']);
  });

  it('asks a thought record field by field, with the introduction first', () => {
    const record = item(thoughtRecord()) as Extract<FrameItem, { kind: 'thought-record' }>;
    expect(itemQuestion(record)).toEqual(['Work through one thought.', '(1 of 3) What happened?']);
    expect(itemQuestion(record, { situation: 'At work' })).toEqual(['(2 of 3) How strong was the feeling?']);
    expect(nextField(record, { situation: 'At work', intensity: 60 }).id).toBe('balanced-thought');
  });
});

describe('answerHint', () => {
  it('says what a valid reply is for every kind', () => {
    expect(answerHint(item(rating()))).toBe('a number from 0 to 10');
    expect(answerHint(scale)).toBe('a number from 1 to 4');
    expect(answerHint(item(choice(['Yes', 'No'])))).toBe('a number from 1 to 2');
    expect(answerHint(item(choice(['A', 'B'], { constraints: { multiple: true, options: ['a', 'b'].map((v) => ({ value: v, label: v })) } })))).toBe(
      'one or more numbers, like 1,2',
    );
    expect(answerHint(item(choice(['A', 'B', 'C'], { constraints: { multiple: true, options: ['a', 'b', 'c'].map((v) => ({ value: v, label: v })) } })))).toBe(
      'one or more numbers, like 1,3',
    );
    expect(answerHint(item(minutes()))).toBe('the number of minutes from 0 to 300');
    expect(answerHint(item(minutes({ constraints: { integer: false, min: 1 } })))).toBe('a number, at least 1');
    expect(answerHint(item(minutes({ constraints: { integer: false, max: 9, unit: 'hours' } })))).toBe('the number of hours, up to 9');
    expect(answerHint(item(minutes({ constraints: { integer: false } })))).toBe('a number');
    expect(answerHint(item(textEntry()))).toBe('your answer in up to 20 characters');
    expect(answerHint(item(textEntry({ constraints: {} })))).toBe('your answer in your own words');
    const record = item(thoughtRecord());
    expect(answerHint(record)).toBe('your answer in your own words');
    expect(answerHint(record, { situation: 'At work' })).toBe('a number from 0 to 100');
  });
});

describe('describeValue', () => {
  it('shows answers in words, and null when unanswered', () => {
    expect(describeValue(item(rating()))).toBeNull();
    expect(describeValue(item(rating({ value: 7 })))).toBe('7');
    expect(describeValue(item(minutes({ value: 25 })))).toBe('25 minutes');
    expect(describeValue(scale)).toBe('Point 2');
    expect(describeValue(item(choice(['Yes', 'No'], { value: 'no' })))).toBe('No');
    expect(describeValue(item(choice(['Stress', 'Poor sleep'], { value: ['stress', 'poor-sleep'] })))).toBe('Stress, Poor sleep');
    expect(describeValue(item(textEntry({ value: 'Walk daily' })))).toBe('"Walk daily"');
  });

  it('lists the options of choices and scales only', () => {
    expect(numberedOptions(item(rating()))).toBeNull();
    expect(numberedOptions(scale)?.map((point) => point.label)).toEqual(['Point 0', 'Point 1', 'Point 2', 'Point 3']);
  });
});
