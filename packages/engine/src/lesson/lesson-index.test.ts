import type { Lesson } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { dailyScale, phq9 } from '../../test/fixtures/instruments.js';
import { lessonOf, rating } from '../../test/fixtures/build.js';
import { indexLesson } from './lesson-index.js';

const instruments = new Map([phq9, dailyScale].map((definition) => [definition.id, definition]));
const pacing = bundle.lessons.find((lesson) => lesson.id === 'pacing-basics')!;

describe('indexLesson', () => {
  const index = indexLesson(pacing, instruments);

  it('finds every item, practice and instrument with its step and <Show> conditions', () => {
    expect([...index.items.keys()].slice(0, 6)).toEqual(['pain-now', 'flare-plan', 'overdo', 'chore-minutes', 'distress', 'safe-now']);
    expect(index.items.get('flare-plan')).toMatchObject({ step: 1, when: [{ type: 'compare', op: '>=' }] });
    expect(index.items.get('pain-now')?.when).toEqual([]);
    expect(index.practices.get('pmr')).toMatchObject({ step: 6, when: [] });
    expect(index.instruments.get('phq-9')).toMatchObject({ step: 4, definition: { id: 'phq-9' } });
    expect(index.instruments.get('phq-9')?.items.map(({ item }) => item.id)).toEqual(phq9.items.map((item) => `phq-9-${item.id}`));
    expect(index.items.get('phq-9-q9')?.instrument?.block.id).toBe('phq-9');
  });

  it('marks the steps whose content all sits in <Show> blocks', () => {
    expect(index.steps.filter((step) => step.conditional).map((step) => step.step.id)).toEqual(['high-pain', 'low-pain']);
    expect(index.stepIndex.get('relax')).toBe(6);
  });

  it('lists the references to other lessons, once each', () => {
    expect(index.externalRefs).toEqual([{ lesson: 'check-in', item: 'sleep-quality' }]);
  });

  it('refuses a lesson that repeats an id', () => {
    const twice = lessonOf('twice', [{ id: 'one', blocks: [rating('a')] }, { id: 'two', blocks: [rating('a')] }]);
    expect(() => indexLesson(twice, instruments)).toThrowErrorMatchingInlineSnapshot(`[SessionError: Lesson \`twice\` repeats the id \`a\`. Compile the curriculum with @copekit/compiler.]`);
    const steps = lessonOf('steps', [{ id: 'one', blocks: [] }, { id: 'one', blocks: [] }]);
    expect(() => indexLesson(steps, instruments)).toThrow(/repeats the step id `one`/);
  });

  it('refuses an instrument the bundle does not define', () => {
    const unknown: Lesson = lessonOf('unknown', [{ id: 'one', blocks: [{ type: 'instrument', id: 'gad-7', ref: 'gad-7', items: [] }] }]);
    expect(() => indexLesson(unknown, instruments)).toThrowErrorMatchingInlineSnapshot(`[SessionError: Lesson \`unknown\` uses the instrument \`gad-7\`, which the bundle does not define. Compile the curriculum with @copekit/compiler.]`);
  });

  it('refuses an instrument item that lost the risk rule of its definition', () => {
    const block = pacing.steps[4]!.blocks[0]!;
    if (block.type !== 'instrument') throw new Error('fixture changed');
    const stripped = { ...block, items: block.items.map(({ risk: _risk, ...item }) => item) };
    expect(() => indexLesson(lessonOf('stripped', [{ id: 'mood', blocks: [stripped] }]), instruments)).toThrow(
      /asks `phq-9-q9` without the risk rule `> 0` of phq-9/,
    );
  });
});
