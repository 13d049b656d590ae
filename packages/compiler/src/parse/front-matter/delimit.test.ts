import matter from 'gray-matter';
import { describe as group, expect, test } from 'vitest';
import { delimitFrontMatter } from './delimit.js';

/** The `matter` string gray-matter finds, read with engines that run nothing. */
function grayMatterBody(text: string): string {
  const inert = (): object => ({});
  return matter(text, { engines: { yaml: inert, js: inert, json: inert } }).matter;
}

group('delimitFrontMatter', () => {
  test('finds the block, its body and its end', () => {
    const text = '---\nid: a\n---\nText';
    expect(delimitFrontMatter(text)).toEqual({
      language: '',
      languageStart: 3,
      languageEnd: 3,
      bodyStart: 3,
      bodyEnd: 9,
      end: 13,
      closed: true,
    });
  });

  test('reads the declared language after the opening delimiter', () => {
    expect(delimitFrontMatter('--- js \n{}\n---\n')).toMatchObject({ language: 'js', languageStart: 4, languageEnd: 6, bodyStart: 7 });
  });

  test.each([
    '---\nid: a\n---\nText',
    '---yaml\nid: a\n---\n',
    '---   \nid: a\n---\n',
    '--- js \n{ id: "a" }\n---\n',
    '---\r\nid: a\r\ntitle: b\r\n---\r\nText',
    '---\n---\n',
    '---\nid: a\n----\n',
  ])('gives gray-matter’s own body for %j', (text) => {
    const span = delimitFrontMatter(text);
    expect(span).toBeDefined();
    expect(text.slice(span?.bodyStart, span?.bodyEnd)).toBe(grayMatterBody(text));
  });

  test('has no front matter without an opening `---` at the very start', () => {
    expect(delimitFrontMatter('Text\n---\nid: a\n---\n')).toBeUndefined();
    expect(delimitFrontMatter(' ---\nid: a\n---\n')).toBeUndefined();
    expect(delimitFrontMatter('----\nid: a\n---\n')).toBeUndefined();
    expect(delimitFrontMatter('')).toBeUndefined();
  });

  test('marks a block that is never closed, up to the end of the file', () => {
    expect(delimitFrontMatter('---\nid: a\n')).toMatchObject({ closed: false, bodyEnd: 10, end: 10 });
    expect(delimitFrontMatter('---')).toMatchObject({ closed: false, end: 3 });
    expect(delimitFrontMatter('---js')).toMatchObject({ closed: false, language: 'js' });
  });
});
