import type { FrameItem } from '@copekit/engine';
import { describe, expect, it } from 'vitest';
import { expectedAnswer, rejectionMessage, requiredMessage } from './messages.js';

const base = { id: 'x', label: 'X', optional: false, value: null, status: 'unanswered' } as const;
const number = (constraints: Extract<FrameItem, { kind: 'number' }>['constraints']): FrameItem => ({ ...base, kind: 'number', constraints });

describe('expectedAnswer', () => {
  it('describes each kind from its constraints', () => {
    expect(expectedAnswer({ ...base, kind: 'rating', constraints: { min: 1, max: 5 } })).toBe('a whole number from 1 to 5');
    expect(expectedAnswer(number({ min: 0, max: 300, unit: 'minutes', integer: true }))).toBe('a whole number from 0 to 300 (minutes)');
    expect(expectedAnswer(number({ max: 24, integer: false }))).toBe('a number of at most 24');
    expect(expectedAnswer(number({ integer: false }))).toBe('a number');
    expect(expectedAnswer({ ...base, kind: 'text', constraints: { maxLength: 200 } })).toBe('up to 200 characters');
    expect(expectedAnswer({ ...base, kind: 'text', constraints: {} })).toBe('some text');
    expect(expectedAnswer({ ...base, kind: 'choice', constraints: { multiple: true, options: [] } })).toBe('one or more of the options');
    expect(expectedAnswer({ ...base, kind: 'choice', constraints: { multiple: false, options: [] } })).toBe('one of the options');
    expect(expectedAnswer({ ...base, kind: 'scale', constraints: { points: [] } })).toBe('one of the options');
    expect(expectedAnswer({ ...base, kind: 'thought-record', constraints: { fields: [] } })).toBe('every part of the thought record');
  });
});

describe('rejectionMessage', () => {
  it('tells participants what to enter, never the engine wording', () => {
    expect(rejectionMessage(number({ min: 0, integer: true }), { reason: 'out-of-range' })).toBe('Enter a whole number of at least 0.');
    expect(rejectionMessage({ ...base, kind: 'text', constraints: { maxLength: 10 } }, { reason: 'out-of-range' })).toBe('Please give up to 10 characters.');
    expect(rejectionMessage({ ...base, kind: 'text', constraints: {} }, { reason: 'not-optional' })).toBe('This question needs an answer.');
    expect(rejectionMessage({ ...base, kind: 'text', constraints: {} }, { reason: 'not-on-step' })).toBe('This answer could not be saved. Please try again.');
  });
});

describe('requiredMessage', () => {
  it('asks for at least one option on multiple choices', () => {
    expect(requiredMessage({ ...base, kind: 'choice', constraints: { multiple: true, options: [] } })).toBe('Choose at least one option.');
    expect(requiredMessage({ ...base, kind: 'rating', constraints: { min: 0, max: 10 } })).toBe('Please answer this question.');
    expect(requiredMessage(undefined)).toBe('Please answer this question.');
  });
});
