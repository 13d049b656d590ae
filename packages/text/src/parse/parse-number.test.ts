import { describe, expect, it } from 'vitest';
import { normalizeReply } from './normalize-reply.js';
import { readNumber } from './parse-number.js';

const rating = { integer: true, scaleMax: 10 };
const read = (text: string, shape: Parameters<typeof readNumber>[1] = rating) => readNumber(normalizeReply(text), shape);

describe('readNumber', () => {
  it('reads plain numbers, including 0 and the top of the scale', () => {
    expect(read('0')).toEqual({ value: 0 });
    expect(read('10')).toEqual({ value: 10 });
    expect(read(' 7. ')).toEqual({ value: 7 });
    expect(read('-2')).toEqual({ value: -2 });
  });

  it('reads a rating written on its own scale, and refuses another scale', () => {
    expect(read('7/10')).toEqual({ value: 7 });
    expect(read('7 / 10')).toEqual({ value: 7 });
    expect(read('7 out of 10')).toEqual({ value: 7 });
    expect(read('3/5')).toEqual({ problem: 'other-scale' });
    expect(read('7/10', { integer: true })).toEqual({ problem: 'unclear' });
    expect(read('1/2/3')).toEqual({ problem: 'unclear' });
  });

  it('reads thousands separators and decimals, refusing decimals for whole numbers', () => {
    expect(read('4,500', { integer: true })).toEqual({ value: 4500 });
    expect(read('12,345,678', { integer: true })).toEqual({ value: 12345678 });
    expect(read('4,50', { integer: true })).toEqual({ problem: 'unclear' });
    expect(read('2.5', { integer: false })).toEqual({ value: 2.5 });
    expect(read('2.5', { integer: true })).toEqual({ problem: 'not-whole' });
    expect(read('7.0', { integer: true })).toEqual({ value: 7 });
  });

  it('accepts the unit after the number, singular or plural, and nothing else', () => {
    const shape = { integer: true, unit: 'minutes' };
    expect(read('20 minutes', shape)).toEqual({ value: 20 });
    expect(read('1 Minute', shape)).toEqual({ value: 1 });
    expect(read('20 hours', shape)).toEqual({ problem: 'unclear' });
    expect(read('20 minutes', { integer: true })).toEqual({ problem: 'unclear' });
    expect(read('3 day', { integer: true, unit: 'days' })).toEqual({ value: 3 });
  });

  it('never guesses at words around a number', () => {
    for (const text of ['about 7', '7ish', 'seven', '7 or 8', '7-8', '', 'x']) expect(read(text)).toEqual({ problem: 'unclear' });
  });
});
