import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('splits names, numbers, operators and punctuation with their ranges', () => {
    expect(tokenize('previous.mean(pain)-1 >= 2.5')).toEqual([
      { kind: 'name', text: 'previous.mean', start: 0, end: 13 },
      { kind: '(', start: 13, end: 14 },
      { kind: 'name', text: 'pain', start: 14, end: 18 },
      { kind: ')', start: 18, end: 19 },
      { kind: '-', start: 19, end: 20 },
      { kind: 'number', value: 1, start: 20, end: 21 },
      { kind: 'operator', operator: '>=', start: 22, end: 24 },
      { kind: 'number', value: 2.5, start: 25, end: 28 },
      { kind: 'end', start: 28, end: 28 },
    ]);
  });

  it('reads the longest operator first', () => {
    expect(tokenize('<= < == != > >=').filter((token) => token.kind === 'operator').map((token) => token.kind === 'operator' && token.operator)).toEqual([
      '<=',
      '<',
      '==',
      '!=',
      '>',
      '>=',
    ]);
    expect(() => tokenize('a === 1')).toThrow('`===` is not part of the feedback language.');
    expect(() => tokenize('a => 1')).toThrow('`=>` is not a comparison.');
  });

  it('keeps hyphens inside names', () => {
    expect(tokenize('missed-check-ins')[0]).toEqual({ kind: 'name', text: 'missed-check-ins', start: 0, end: 16 });
  });

  it('refuses curly quotes, division and stray dots with their own messages', () => {
    expect(() => tokenize('\u201Cyes\u201D')).toThrow('quoted text has no place');
    expect(() => tokenize('a / 2')).toThrow('but not `/`');
    expect(() => tokenize('.5')).toThrow('Unexpected `.`');
  });
});
