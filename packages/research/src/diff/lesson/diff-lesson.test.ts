import { describe, expect, it } from 'vitest';
import type { Block, Bundle, ChoiceItem, Lesson, ProseBlock, ShowBlock } from '@copekit/schema';
import { baseBundle } from '../../../test/fixtures/base-bundle.js';
import { itemRemoved, lessonOf, stepOf, variant } from '../../../test/fixtures/variants.js';
import { brief } from '../../../test/brief.js';
import { diffBundles } from '../diff-bundles.js';

/** The changes of one lesson between the base bundle and `after`. */
const lessonChanges = (after: Bundle, lesson = 'pacing-basics') => brief(diffBundles(baseBundle, after).lessons.find((scope) => scope.id === lesson)?.changes ?? []);
const take = (blocks: Block[], predicate: (block: Block) => boolean): Block => {
  const index = blocks.findIndex(predicate);
  return blocks.splice(index, 1)[0]!;
};
const isItem = (id: string) => (block: Block) => block.type === 'item' && block.id === id;

describe('diffLesson: matching by id', () => {
  it('shows an item moved to another step as moved, with its old and new place', () => {
    const after = variant((bundle) => {
      const notes = take(stepOf(bundle, 'pacing-basics', 'plan').blocks, isItem('notes'));
      stepOf(bundle, 'pacing-basics', 'why-pacing').blocks.push(notes);
    });
    expect(lessonChanges(after)).toEqual(['moved | item | step:why-pacing › item:notes | ["step:plan"] → ["step:why-pacing"]']);
  });

  it('shows an item moved into a Show as moved', () => {
    const after = variant((bundle) => {
      const step = stepOf(bundle, 'pacing-basics', 'plan');
      const notes = take(step.blocks, isItem('notes'));
      (step.blocks[0] as ShowBlock).blocks.push(notes);
    });
    expect(lessonChanges(after)).toEqual(['moved | item | step:plan › show:pain-now >= 7 › item:notes | ["step:plan"] → ["step:plan","show:pain-now >= 7"]']);
  });

  it('shows two swapped items as one moved item', () => {
    const after = variant((bundle) => {
      const step = stepOf(bundle, 'pacing-basics', 'plan');
      const notes = take(step.blocks, isItem('notes'));
      step.blocks.splice(1, 0, notes);
    });
    expect(lessonChanges(after)).toEqual(['moved | item | step:plan › item:overdo | 2 → 3']);
  });

  it('keeps a Show matched when prose is inserted before it', () => {
    const after = variant((bundle) => {
      const prose: ProseBlock = { type: 'prose', content: [{ type: 'paragraph', children: [{ type: 'text', value: 'First, a word.' }] }], text: 'First, a word.' };
      stepOf(bundle, 'pacing-basics', 'plan').blocks.unshift(prose);
    });
    expect(lessonChanges(after)).toEqual(['added | prose | step:plan › prose:1']);
  });

  it('keeps a coach note matched when the item before it is removed', () => {
    expect(lessonChanges(itemRemoved)).toEqual(['removed | item | step:plan › item:notes']);
  });

  it('shows a renamed lesson as one removed and one added lesson', () => {
    const after = variant((bundle) => {
      lessonOf(bundle, 'pacing-basics').id = 'pacing-intro';
    });
    const diff = diffBundles(baseBundle, after);
    expect(diff.lessons.map((scope) => [scope.id, scope.status, scope.hash?.before === null, scope.hash?.after === null])).toEqual([
      ['pacing-basics', 'removed', false, true],
      ['pacing-intro', 'added', true, false],
    ]);
    expect(diff.lessons[1]?.changes[0]?.after).toEqual({
      id: 'pacing-intro',
      title: 'Pace your day',
      kind: 'session',
      module: 'pacing',
      minutes: 35,
      steps: ['why-pacing', 'plan', 'practise'],
    });
  });

  it('reports removed steps and their id-less content', () => {
    const after = variant((bundle) => {
      const lesson = lessonOf(bundle, 'pacing-basics');
      lesson.steps = lesson.steps.filter((step) => step.id !== 'why-pacing');
    });
    expect(lessonChanges(after)).toEqual([
      'removed | step | step:why-pacing',
      'removed | prose | step:why-pacing › prose:1',
      'removed | item | step:why-pacing › item:pain-now',
    ]);
  });
});

describe('diffLesson: fields', () => {
  it('reports lesson fields, objectives and step titles', () => {
    const after = variant((bundle) => {
      const lesson = lessonOf(bundle, 'pacing-basics');
      lesson.minutes = 40;
      lesson.objectives = ['Plan rest breaks'];
      lesson.summary = undefined;
      lesson.steps[0]!.title = 'Why pacing works';
    });
    expect(lessonChanges(after)).toEqual([
      'changed | lesson | minutes | 35 → 40',
      'changed | lesson | summary | "Find what you overdo and plan activity with rest." → null',
      'removed | lesson | objectives',
      'added | lesson | objectives',
      'changed | step | step:why-pacing | title | "Why pacing helps" → "Why pacing works"',
    ]);
  });

  it('reports a link change in prose as markup when the words are the same', () => {
    const after = variant((bundle) => {
      const prose = stepOf(bundle, 'pacing-basics', 'why-pacing').blocks[0] as ProseBlock;
      prose.content = [{ type: 'paragraph', children: [{ type: 'link', url: 'https://example.org/pacing', children: [{ type: 'text', value: prose.text }] }] }];
    });
    expect(lessonChanges(after)).toEqual([expect.stringMatching(/^changed \| prose \| step:why-pacing › prose:1 \| markup \| \[/)]);
  });

  it('reports item, practice and homework details', () => {
    const after = variant((bundle) => {
      const practise = stepOf(bundle, 'pacing-basics', 'practise');
      const [practice, minutes, homework] = practise.blocks;
      if (practice?.type !== 'practice' || minutes?.type !== 'item' || minutes.kind !== 'number' || homework?.type !== 'homework') throw new Error('fixture shape');
      practice.minutes = 3;
      practice.cues = [
        { at: 0, text: 'Sit comfortably and let your shoulders drop.' },
        { at: 90, text: 'Breathe out very slowly.' },
      ];
      minutes.unit = 'min';
      minutes.optional = true;
      homework.times = 2;
    });
    expect(lessonChanges(after)).toEqual([
      'changed | practice | step:practise › practice:short-break | minutes | 2 → 3',
      'changed | cue | step:practise › practice:short-break › cue:1:30 | at | "1:00" → "1:30"',
      'changed | cue | step:practise › practice:short-break › cue:1:30 | text | "Breathe out slowly." → "Breathe out very slowly."',
      'changed | item | step:practise › item:break-minutes | optional | false → true',
      'changed | item | step:practise › item:break-minutes | unit | "minutes" → "min"',
      'changed | homework | step:practise › homework:pacing-log | times | 1 → 2',
    ]);
  });

  it('reports a changed block type without comparing details', () => {
    const after = variant((bundle) => {
      const step = stepOf(bundle, 'pacing-basics', 'practise');
      step.blocks[0] = { type: 'homework', id: 'short-break', skill: 'breaks', per: 'day', times: 1, days: 7, content: [], text: '' };
    });
    expect(lessonChanges(after)).toEqual(['changed | homework | step:practise › homework:short-break | type | "practice" → "homework"']);
  });
});

describe('diffLesson: safety flags', () => {
  it('flags anything in the safety lesson', () => {
    const after = variant((bundle) => {
      const prose = stepOf(bundle, 'safety-check', 'resources').blocks[1] as ProseBlock;
      prose.text = 'This program is not an emergency service.';
    });
    expect(lessonChanges(after, 'safety-check')).toEqual([
      '⚠ safety lesson | changed | prose | step:resources › prose:1 | text | "This program is not a crisis service." → "This program is not an emergency service."',
    ]);
  });

  it('flags a changed condition of a Show that guards crisis content, and its content', () => {
    const after = variant((bundle) => {
      const show = stepOf(bundle, 'daily-check-in', 'today').blocks[2] as ShowBlock;
      show.source = 'mood >= 4';
      show.when = { type: 'compare', op: '>=', left: { type: 'ref', ref: { item: 'mood' } }, right: { type: 'number', value: 4 } };
      (show.blocks[0] as ProseBlock).text = 'Your mood score is high. Help is available.';
    });
    expect(lessonChanges(after, 'daily-check-in')).toEqual([
      '⚠ guards crisis content | changed | condition | step:today › show:mood >= 3 | when | "mood >= 3" → "mood >= 4"',
      '⚠ guards crisis content | changed | prose | step:today › show:mood >= 4 › prose:1 | text | "Your mood score is raised. Help is available." → "Your mood score is high. Help is available."',
    ]);
  });

  it('flags an added or removed crisis block', () => {
    const after = variant((bundle) => {
      stepOf(bundle, 'pacing-basics', 'plan').blocks.push({ type: 'crisis' });
      const show = stepOf(bundle, 'daily-check-in', 'today').blocks[2] as ShowBlock;
      show.blocks = show.blocks.filter((block) => block.type !== 'crisis');
    });
    expect(lessonChanges(after)).toEqual(['⚠ crisis block | added | crisis | step:plan › crisis:1']);
    expect(lessonChanges(after, 'daily-check-in')).toEqual(['⚠ guards crisis content | removed | crisis | step:today › show:mood >= 3 › crisis:1']);
  });

  it('flags a new risk rule and any change to a risk item, not to other items', () => {
    const after = variant((bundle) => {
      const pain = stepOf(bundle, 'pacing-basics', 'why-pacing').blocks[1]!;
      if (pain.type !== 'item') throw new Error('fixture shape');
      pain.risk = { type: 'compare', op: '>=', left: { type: 'ref', ref: { item: 'pain-now' } }, right: { type: 'number', value: 9 } };
      const overdo = stepOf(bundle, 'pacing-basics', 'plan').blocks[1] as ChoiceItem;
      overdo.label = 'What do you overdo?';
      const safe = stepOf(bundle, 'safety-check', 'follow-up').blocks[0] as ChoiceItem;
      safe.options[1]!.label = 'No, I am not safe';
    });
    expect(lessonChanges(after)).toEqual([
      '⚠ risk rule | changed | item | step:why-pacing › item:pain-now | risk | null → "pain-now >= 9"',
      'changed | item | step:plan › item:overdo | label | "Which of these do you tend to overdo?" → "What do you overdo?"',
    ]);
    expect(lessonChanges(after, 'safety-check')).toEqual(['⚠ safety lesson | changed | option | step:follow-up › item:safe-now › option:no | label | "No" → "No, I am not safe"']);
  });

  it('flags placing or removing an instrument with risk items', () => {
    const after = variant((bundle) => {
      const today = stepOf(bundle, 'daily-check-in', 'today');
      const mood = take(today.blocks, (block) => block.type === 'instrument');
      stepOf(bundle, 'pacing-basics', 'practise').blocks.push(mood);
      const daily: Lesson = lessonOf(bundle, 'daily-check-in');
      daily.steps[0]!.blocks = today.blocks;
    });
    expect(lessonChanges(after, 'daily-check-in')).toEqual(['⚠ instrument with risk items | removed | instrument-block | step:today › instrument:mood']);
    expect(lessonChanges(after)).toEqual(['⚠ instrument with risk items | added | instrument-block | step:practise › instrument:mood']);
  });
});
