import { describe as group, expect, test } from 'vitest';
import { anchored, pointAt } from './position.js';

const text = 'ab\ncd\r\nef\rgh';

group('pointAt', () => {
  test('counts `\\n`, `\\r\\n` and `\\r` as one line ending each', () => {
    expect(pointAt(text, 0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(pointAt(text, 4)).toEqual({ line: 2, column: 2, offset: 4 });
    expect(pointAt(text, 7)).toEqual({ line: 3, column: 1, offset: 7 });
    expect(pointAt(text, 10)).toEqual({ line: 4, column: 1, offset: 10 });
    expect(pointAt(text, text.length)).toEqual({ line: 4, column: 3, offset: 12 });
  });

  test('walks forward from an anchor on the same or a later line', () => {
    const anchor = { line: 2, column: 1, offset: 3 };
    expect(pointAt(text, 4, anchor)).toEqual({ line: 2, column: 2, offset: 4 });
    expect(pointAt(text, 11, anchor)).toEqual({ line: 4, column: 2, offset: 11 });
  });

  test('walks backward from an anchor to an earlier line', () => {
    const anchor = { line: 4, column: 2, offset: 11 };
    expect(pointAt(text, 1, anchor)).toEqual({ line: 1, column: 2, offset: 1 });
    expect(pointAt(text, 8, anchor)).toEqual({ line: 3, column: 2, offset: 8 });
    expect(pointAt(text, 10, anchor)).toEqual({ line: 4, column: 1, offset: 10 });
  });

  test('agrees with walking from the start of the file, wherever the anchor is', () => {
    const long = 'one\ntwo\r\n\nfour\rfive';
    for (let anchor = 0; anchor <= long.length; anchor++) {
      for (let offset = 0; offset <= long.length; offset++) {
        expect(pointAt(long, offset, pointAt(long, anchor))).toEqual(pointAt(long, offset));
      }
    }
  });
});

group('anchored', () => {
  test('keeps points with an offset only', () => {
    expect(anchored({ line: 1, column: 2, offset: 1 })).toEqual({ line: 1, column: 2, offset: 1 });
    expect(anchored({ line: 1, column: 2 })).toBeUndefined();
    expect(anchored(undefined)).toBeUndefined();
  });
});
