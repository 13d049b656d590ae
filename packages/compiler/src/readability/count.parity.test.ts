/// <reference types="node" />
/**
 * Proves `countSentences` counts exactly as retext-english (the parse-english
 * parser retext-readability runs on) does: same sentences, at the same
 * offsets, with the same words. Compared on the test texts, on every step
 * text of the shipped curriculum, and on generated English-like text.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import retextEnglish from 'retext-english';
import { syllable } from 'syllable';
import { unified } from 'unified';
import { describe, expect, test, vi } from 'vitest';
import { compile } from '../compile.js';
import { readCurriculum } from '../fs/read-curriculum.js';
import { countSentences, type SentenceCount } from './count.js';
import * as testTexts from './test-texts.js';

/** Records every text the compiler counts, to compare the shipped curriculum's. */
const counted = vi.hoisted(() => [] as string[]);
vi.mock('./count.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./count.js')>();
  return {
    ...original,
    countSentences: (text: string) => {
      counted.push(text);
      return original.countSentences(text);
    },
  };
});

const english = unified().use(retextEnglish);

/** The parts of an nlcst node the comparison reads. */
interface NlcstNode {
  type: string;
  children?: NlcstNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** The sentences retext-english finds, counted as `countSentences` documents it. */
function retextCounts(text: string): SentenceCount[] {
  const tree = english.parse(text) as NlcstNode;
  const sentences = (tree.children ?? []).flatMap((paragraph) =>
    paragraph.type === 'ParagraphNode' ? (paragraph.children ?? []).filter((child) => child.type === 'SentenceNode') : [],
  );
  const range = (node: NlcstNode): [number, number] => [node.position!.start.offset!, node.position!.end.offset!];
  return sentences.flatMap((sentence) => {
    const words = (sentence.children ?? []).filter((child) => child.type === 'WordNode');
    if (words.length === 0) return [];
    const syllables = words.reduce((total, word) => total + Math.max(1, syllable(text.slice(...range(word)).toLowerCase())), 0);
    const [start, end] = range(sentence);
    return [{ start, end, words: words.length, syllables }];
  });
}

/** Each sentence as its text, so a difference reads plainly. */
function described(text: string, counts: SentenceCount[]): string[] {
  return counts.map(({ start, end, words, syllables }) => `${JSON.stringify(text.slice(start, end))} ${words}w ${syllables}s`);
}

function expectSameAsRetext(text: string): void {
  expect(described(text, countSentences(text)), JSON.stringify(text)).toEqual(described(text, retextCounts(text)));
}

describe('countSentences agrees with retext-english', () => {
  test('on the test texts', () => {
    const texts = Object.values(testTexts).filter((value): value is string => typeof value === 'string');
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) expectSameAsRetext(text);
  });

  test('on every step text of the shipped curriculum', async () => {
    counted.length = 0;
    const curriculum = fileURLToPath(new URL('../../../../curriculum', import.meta.url));
    const { bundle } = compile(await readCurriculum(curriculum));
    expect(bundle).toBeDefined();
    const steps = bundle!.lessons.reduce((total, lesson) => total + lesson.steps.length, 0);
    expect(counted.length).toBeGreaterThanOrEqual(steps);
    const texts = counted.splice(0);
    for (const text of texts) expectSameAsRetext(text);
  }, 60_000);

  test('on generated English-like text', () => {
    const word = fc.oneof(
      fc.constantFrom('pain', 'Rest', 'walk', 'the', 'a', 'I', 'relaxation', 'café', 'naïve', 'TENS', 'x', 'Bob'),
      fc.constantFrom('Dr.', 'Mrs.', 'e.g.', 'i.e.', 'etc.', 'cf.', 'min.', 'in.', 'Jan.', 'U.S.', 'a.m.', 'vs.'),
      fc.constantFrom("don't", "it's", 'flare-up', 'self-care', '2.5', '3:30', '10', '1st', '100%', '#1', 'A&E'),
      fc.stringMatching(/^[A-Za-z]{1,8}$/),
    );
    const mark = fc.constantFrom('.', '!', '?', '…', '‽', ',', ';', ':', '"', "'", '(', ')', '“', '”', '‘', '’', '—', '-', '...', '!!', '?!', '*', '/', '😀');
    const space = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\t', '  ', ' \n ', '\r\n');
    const piece = fc.oneof({ arbitrary: word, weight: 5 }, { arbitrary: mark, weight: 2 }, { arbitrary: space, weight: 3 });
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => expectSameAsRetext(pieces.join(''))), { numRuns: 3000 });
  });

  test('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => expectSameAsRetext(text)), { numRuns: 1000 });
  });
});
