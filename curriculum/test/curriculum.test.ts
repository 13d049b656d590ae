/**
 * The shipped curriculum builds with zero errors and zero warnings (the
 * readability rule included), and keeps the shape the program promises:
 * eight sessions that review, practise with before and after ratings, plan
 * for barriers and set homework; a check-in that works by voice; a safety
 * flow that starts with crisis resources; licensed measures without text.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile, serializeMessage, type SourceFile } from '@copekit/compiler';
import { readCurriculum } from '@copekit/compiler/node';

type Bundle = NonNullable<ReturnType<typeof compile>['bundle']>;
type Lesson = Bundle['lessons'][number];
type Block = Lesson['steps'][number]['blocks'][number];
type Item = Extract<Block, { type: 'instrument' }>['items'][number];

const root = fileURLToPath(new URL('..', import.meta.url));

let files: SourceFile[];
let bundle: Bundle;

beforeAll(async () => {
  files = await readCurriculum(root);
  const result = compile(files);
  if (result.bundle === undefined) throw new Error(describeMessages(result.messages.map(serializeMessage)));
  bundle = result.bundle;
});

function describeMessages(messages: ReturnType<typeof serializeMessage>[]): string {
  return messages.map((m) => `${m.file}:${m.line ?? 0}:${m.column ?? 0} ${m.severity} [${m.ruleId}] ${m.reason}`).join('\n');
}

/** Every block of a lesson, looking inside `<Show>`. */
function blocksOf(lesson: Lesson): Block[] {
  const all: Block[] = [];
  const visit = (blocks: Block[]): void => {
    for (const block of blocks) {
      all.push(block);
      if (block.type === 'show') visit(block.blocks);
    }
  };
  for (const step of lesson.steps) visit(step.blocks);
  return all;
}

/** Every answerable item of a lesson, instrument items included. */
function itemsOf(lesson: Lesson): Item[] {
  return blocksOf(lesson).flatMap((block): Item[] => {
    if (block.type === 'item') return [block];
    if (block.type === 'instrument') return block.items;
    return [];
  });
}

function lesson(id: string): Lesson {
  const found = bundle.lessons.find((one) => one.id === id);
  if (found === undefined) throw new Error(`No lesson \`${id}\` in the bundle`);
  return found;
}

function practice(lessonId: string, practiceId: string) {
  const found = blocksOf(lesson(lessonId)).find((block) => block.type === 'practice' && block.id === practiceId);
  if (found?.type !== 'practice') throw new Error(`No practice \`${practiceId}\` in \`${lessonId}\``);
  return found;
}

function withFile(sources: SourceFile[], path: string, edit: (value: string) => string): SourceFile[] {
  return sources.map((file) => (file.path === path ? { path, value: edit(file.value) } : file));
}

function licenceErrors(sources: SourceFile[]): [string, string][] {
  return compile(sources)
    .messages.map(serializeMessage)
    .filter((message) => message.ruleId === 'instrument-licence')
    .map((message) => [message.file, message.severity]);
}

describe('the shipped curriculum', () => {
  it('builds with zero errors and zero warnings', () => {
    const { bundle: built, messages } = compile(files);
    expect(describeMessages(messages.map(serializeMessage))).toBe('');
    expect(built?.hash).toBe(bundle.hash);
  });

  it('carries the version of curriculum/package.json', async () => {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
    expect(pkg.name).toBe('@copekit/curriculum');
    expect(bundle.curriculum.version).toBe(pkg.version);
    expect(bundle.curriculum.id).toBe('copekit-chronic-pain');
  });

  it('runs eight sessions in order, each 30 to 45 minutes with 6 to 12 steps, objectives and references', () => {
    const { sessions } = bundle.curriculum.program;
    expect(sessions).toHaveLength(8);
    sessions.forEach((id, index) => {
      const session = lesson(id);
      expect({ id, kind: session.kind, session: session.session }).toEqual({ id, kind: 'session', session: index + 1 });
      expect(session.minutes, id).toBeGreaterThanOrEqual(30);
      expect(session.minutes, id).toBeLessThanOrEqual(45);
      expect(session.steps.length, id).toBeGreaterThanOrEqual(6);
      expect(session.steps.length, id).toBeLessThanOrEqual(12);
      expect(session.objectives.length, id).toBeGreaterThan(0);
      expect(session.references.length, id).toBeGreaterThan(0);
    });
  });

  it('unlocks sessions after 7 days, with coach approval in guided delivery', () => {
    expect(bundle.curriculum.program.unlock).toEqual({ selfDirected: { minDays: 7 }, guided: { minDays: 7, coachApproval: true } });
  });

  it('has every session rate before and after practice, plan for barriers, set homework and carry coach notes', () => {
    for (const id of bundle.curriculum.program.sessions) {
      const session = lesson(id);
      const blocks = blocksOf(session);
      const ratings = new Set(itemsOf(session).filter((item) => item.kind === 'rating').map((item) => item.id));
      const pairs = [...ratings].filter((rating) => rating.endsWith('-before') && ratings.has(rating.replace(/-before$/, '-after')));
      expect(pairs.length, `${id}: a before and after rating pair`).toBeGreaterThan(0);
      const barriers = itemsOf(session).find((item) => item.id === 'barriers');
      expect(barriers?.kind === 'choice' && barriers.multiple, `${id}: a multiple choice of barriers`).toBe(true);
      const tips = blocks.filter((block) => block.type === 'show' && block.source.startsWith('includes(barriers,'));
      expect(tips.length, `${id}: tips for barriers`).toBe(barriers?.kind === 'choice' ? barriers.options.length : -1);
      expect(blocks.some((block) => block.type === 'homework'), `${id}: homework`).toBe(true);
      expect(blocks.some((block) => block.type === 'coach-note'), `${id}: a coach note`).toBe(true);
    }
  });

  it('ships the guided practices with timed cues at the planned lengths', () => {
    const lengths = {
      pmr: practice('pain-and-relaxation', 'pmr').minutes,
      'slow-breathing': practice('mini-practices', 'slow-breathing').minutes,
      'mini-practice': practice('mini-practices', 'mini-practice').minutes,
      'calm-place': practice('pleasant-imagery', 'calm-place').minutes,
      'wind-down': practice('better-sleep', 'wind-down').minutes,
    };
    expect(lengths).toEqual({ pmr: 15, 'slow-breathing': 5, 'mini-practice': 1, 'calm-place': 10, 'wind-down': 8 });
  });

  it('spaces the muscle relaxation cues 20 to 40 seconds apart', () => {
    const { cues, minutes } = practice('pain-and-relaxation', 'pmr');
    const gaps = cues.slice(1).map((cue, index) => cue.at - cues[index]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(40);
    expect(cues.at(-1)!.at).toBeLessThanOrEqual(minutes * 60);
  });

  it('asks for a thought record in the reframing session', () => {
    expect(itemsOf(lesson('balanced-thoughts')).some((item) => item.kind === 'thought-record')).toBe(true);
  });

  it('keeps the daily check-in to ratings, choices and numbers, so voice can run it', () => {
    const checkIn = lesson(bundle.curriculum.program.checkIn ?? '');
    expect(checkIn.kind).toBe('check-in');
    const items = itemsOf(checkIn);
    expect(items.filter((item) => !['rating', 'choice', 'number'].includes(item.kind))).toEqual([]);
    const pain = items.find((item) => item.id === 'pain-today');
    const sleep = items.find((item) => item.id === 'sleep-quality');
    expect(pain?.kind === 'rating' && [pain.min, pain.max]).toEqual([0, 10]);
    expect(sleep?.kind === 'rating' && [sleep.min, sleep.max]).toEqual([0, 10]);
    const practised = items.find((item) => item.id === 'practised');
    expect(practised?.kind === 'choice' && practised.options.map((option) => option.value)).toEqual(['yes', 'no']);
    expect(items.filter((item) => item.kind === 'number').map((item) => item.id)).toEqual(['practice-minutes', 'active-minutes', 'steps']);
  });

  it('starts the safety flow with crisis resources and never triggers itself again', () => {
    const { safety, crisis } = bundle.curriculum;
    const flow = lesson(safety.lesson);
    expect(flow.kind).toBe('safety');
    expect(flow.steps[0]?.blocks[0]?.type).toBe('crisis');
    expect(itemsOf(flow).filter((item) => item.risk !== undefined)).toEqual([]);
    expect(itemsOf(flow).filter((item) => item.kind === 'choice').map((item) => item.id)).toEqual(['thoughts-now', 'has-plan', 'hurt-today', 'safe-now']);
    expect(safety.statement).toContain('not a crisis service');
    expect(crisis.defaultRegion).toBe('us');
    const us = crisis.regions.find((region) => region.id === 'us');
    expect(us?.resources.map((resource) => resource.contact)).toEqual(
      expect.arrayContaining(['911', '988', '988lifeline.org', '988, then press 1', '838255', '988, then press 2']),
    );
    expect(crisis.regions.length).toBeGreaterThan(1);
  });

  it('asks about risk in the weekly mood check and marks PHQ-9 item 9 as a risk item', () => {
    const weekly = itemsOf(lesson('weekly-mood'));
    expect(weekly.filter((item) => item.risk !== undefined && item.instrument === undefined).map((item) => item.id)).toEqual(['self-harm-thoughts']);
    expect(weekly.filter((item) => item.risk !== undefined && item.instrument !== undefined).map((item) => item.id)).toEqual(['phq-9-q9']);
    const phq9 = bundle.instruments.find((instrument) => instrument.id === 'phq-9');
    expect(phq9?.items.find((item) => item.id === 'q9')?.risk).toBe('> 0');
    expect(phq9?.scoring.bands?.map((band) => [band.min, band.max])).toEqual([[0, 4], [5, 9], [10, 14], [15, 19], [20, 27]]);
  });

  it('uses every component somewhere', () => {
    const used = new Set(bundle.lessons.flatMap((one) => blocksOf(one).map((block) => (block.type === 'item' ? block.kind : block.type))));
    expect([...used].sort()).toEqual(
      ['choice', 'coach-note', 'crisis', 'homework', 'instrument', 'number', 'practice', 'prose', 'rating', 'show', 'text', 'thought-record'].sort(),
    );
  });

  it('refuses restricted item text unless curriculum.yaml declares a licence', () => {
    const withText = withFile(files, 'instruments/pcs.yaml', (value) => value.replace('  - id: q1\n', '  - id: q1\n    text: Licensed item text\n'));
    expect(licenceErrors(withText)).toEqual([['instruments/pcs.yaml', 'error']]);
    const licensed = withFile(withText, 'curriculum.yaml', (value) => `${value}\nlicences:\n  - instrument: pcs\n    licence: Example licence 1\n`);
    expect(licenceErrors(licensed)).toEqual([]);
  });
});
