import { describe, expect, it } from 'vitest';
import { normalizeReply } from './normalize-reply.js';
import { readOptions, type NumberedOption } from './parse-options.js';

const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not-sure', label: 'I am not sure' },
];
const points = [0, 1, 2, 3].map((value) => ({ value, label: ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'][value]! }));
const read = (text: string, options: readonly NumberedOption[] = yesNo, multiple = false) => readOptions(normalizeReply(text), options, multiple);

describe('readOptions', () => {
  it('reads option numbers from 1, labels and values in any case', () => {
    expect(read('1')).toEqual({ indexes: [0] });
    expect(read('YES')).toEqual({ indexes: [0] });
    expect(read('i am not sure.')).toEqual({ indexes: [2] });
    expect(read('not-sure')).toEqual({ indexes: [2] });
    expect(read('2)')).toEqual({ indexes: [1] });
  });

  it('numbers scale points from 1 and never reads their values, so 0 is out of range', () => {
    expect(read('1', points)).toEqual({ indexes: [0] });
    expect(read('4', points)).toEqual({ indexes: [3] });
    expect(read('0', points)).toEqual({ problem: 'out-of-range', number: 0 });
    expect(read('several days', points)).toEqual({ indexes: [1] });
  });

  it('reports numbers without an option', () => {
    expect(read('4')).toEqual({ problem: 'out-of-range', number: 4 });
    expect(read('0')).toEqual({ problem: 'out-of-range', number: 0 });
  });

  it('reads lists for a multiple choice, sorted and without repeats', () => {
    expect(read('3,1', yesNo, true)).toEqual({ indexes: [0, 2] });
    expect(read('1 and 3', yesNo, true)).toEqual({ indexes: [0, 2] });
    expect(read('1 3 3', yesNo, true)).toEqual({ indexes: [0, 2] });
    expect(read('no, i am not sure', yesNo, true)).toEqual({ indexes: [1, 2] });
    expect(read('2', yesNo, true)).toEqual({ indexes: [1] });
  });

  it('refuses a list for a single choice, and any unknown part of a list', () => {
    expect(read('1,2')).toEqual({ problem: 'one-only' });
    expect(read('yes, no')).toEqual({ problem: 'one-only' });
    expect(read('1,5', yesNo, true)).toEqual({ problem: 'out-of-range', number: 5 });
    expect(read('yes, maybe', yesNo, true)).toEqual({ problem: 'unclear' });
  });

  it('calls a reply that matches two options ambiguous instead of picking one', () => {
    const clash = [
      { value: '2', label: 'One' },
      { value: 'b', label: 'Two' },
    ];
    expect(read('2', clash)).toEqual({ problem: 'ambiguous' });
    const twice = [
      { value: 'a', label: 'Same' },
      { value: 'b', label: 'Same' },
    ];
    expect(read('same', twice)).toEqual({ problem: 'ambiguous' });
  });

  it('does not match part of a label', () => {
    expect(read('not sure')).toEqual({ problem: 'unclear' });
    expect(read('ye')).toEqual({ problem: 'unclear' });
  });
});
