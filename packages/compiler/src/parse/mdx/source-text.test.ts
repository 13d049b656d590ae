import { describe as group, expect, test } from 'vitest';
import { excerpt, excerptThrough, findEsmStart, findOpener, tagNameAt } from './source-text.js';

group('findOpener', () => {
  test('finds the last unescaped character before an offset', () => {
    expect(findOpener('a \\< b <c.', 9, '<')).toBe(7);
    expect(findOpener('a <b \\<c', 8, '<')).toBe(2);
    expect(findOpener('a \\\\<b', 6, '<')).toBe(4);
    expect(findOpener('{a} {b', 6, '{')).toBe(4);
  });

  test('gives undefined when there is none', () => {
    expect(findOpener('a \\<b', 5, '<')).toBeUndefined();
    expect(findOpener('ab', 2, '{')).toBeUndefined();
  });
});

group('findEsmStart', () => {
  test('finds the line that starts the statement', () => {
    const text = 'a\n\nexport const\n  x = 1';
    expect(findEsmStart(text, 20)).toBe(3);
    expect(findEsmStart('import a', 5)).toBe(0);
    expect(findEsmStart('\nimport {\n}', 10)).toBe(1);
  });

  test('gives undefined without such a line', () => {
    expect(findEsmStart('a\nb\nc', 4)).toBeUndefined();
    expect(findEsmStart('\n\nx', 2)).toBeUndefined();
  });
});

group('excerpt', () => {
  test('keeps one line, without trailing space', () => {
    expect(excerpt('The score <mild.\nNext', 10)).toBe('<mild.');
    expect(excerpt('a\r\nb', 0)).toBe('a');
    expect(excerpt('abc  ', 0, 5)).toBe('abc');
  });

  test('shortens long text', () => {
    expect(excerpt('abcdefghij', 0, undefined, 5)).toBe('abcd…');
  });

  test('quotes through a closing character on the same line', () => {
    expect(excerptThrough('a {b c} d', 2, '}')).toBe('{b c}');
    expect(excerptThrough('a {b\nc}', 2, '}')).toBe('{b');
    expect(excerptThrough('a <b', 2, '>')).toBe('<b');
  });
});

group('tagNameAt', () => {
  test('reads component, HTML, namespaced, member and closing names', () => {
    expect(tagNameAt('a <Step id="x">', 2)).toBe('Step');
    expect(tagNameAt('<svg:rect/>', 0)).toBe('svg:rect');
    expect(tagNameAt('<Motion.Div>', 0)).toBe('Motion.Div');
    expect(tagNameAt('</Step>', 0)).toBe('/Step');
    expect(tagNameAt('<3', 0)).toBe('3');
    expect(tagNameAt('a', 0)).toBe('');
  });
});
