/**
 * fast-check arbitraries of what a host might send: mostly well-formed events
 * naming the lesson's real items and practices with plausible values (so runs
 * get deep into lessons and through the safety flow), mixed with wrong ids,
 * wrong values and junk.
 */

import type { AnswerValue, Bundle, Item } from '@copekit/schema';
import type { Frame } from '../../src/frame/frame-types.js';
import fc from 'fast-check';
import { answerDomain, lessonConditions } from './answer-domain.js';

/**
 * One step of a run: let `advance` ms pass, then send an event. `focus`
 * answers the frame's focus item with value number `pick` of its answer
 * domain (or sends `next` when nothing is left to answer), `item` answers the
 * frame's item number `pick`, `practice` acts on its first practice; `event`
 * is sent as is (mostly well-formed, sometimes junk).
 */
export type Command =
  | { advance: number; kind: 'focus' | 'item' | 'skip'; pick: number }
  | { advance: number; kind: 'practice'; type: string }
  | { advance: number; kind: 'event'; event: unknown };

/** Every item of a lesson, including instrument items and items inside `<Show>`. */
export function lessonItems(bundle: Bundle, lessonId: string): Item[] {
  const lesson = bundle.lessons.find((candidate) => candidate.id === lessonId)!;
  return lesson.steps.flatMap((step) =>
    step.blocks.flatMap(function items(block): Item[] {
      if (block.type === 'item') return [block];
      if (block.type === 'instrument') return block.items;
      return block.type === 'show' ? block.blocks.flatMap(items) : [];
    }),
  );
}

/** Ids of every practice of a lesson. */
export function lessonPractices(bundle: Bundle, lessonId: string): string[] {
  const json = JSON.stringify(bundle.lessons.find((candidate) => candidate.id === lessonId));
  return [...json.matchAll(/"type":"practice","id":"([^"]+)"/g)].map((match) => match[1]!);
}

/** Commands for lesson `lessonId` (and the safety lesson it may enter). */
export function commandArbitrary(bundle: Bundle, lessonId: string): fc.Arbitrary<Command> {
  const { items } = lessonDomains(bundle, lessonId);
  const practices = [...new Set([lessonId, bundle.curriculum.safety.lesson])].flatMap((id) => lessonPractices(bundle, id));
  const junkValue = fc.oneof(fc.integer({ min: -5, max: 300 }), fc.double(), fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.constant(null));
  const event = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...items).chain((item) => junkValue.map((value) => ({ type: 'answer', item: item.id, value }))) },
    { weight: 4, arbitrary: fc.constantFrom({ type: 'next' }, { type: 'back' }, { type: 'acknowledge' }, { type: 'exit' }, { type: 'resume' }) },
    { weight: 1, arbitrary: fc.constantFrom(...items).map((item) => ({ type: 'skip', item: item.id })) },
    { weight: practices.length > 0 ? 1 : 0, arbitrary: fc.constantFrom(...(practices.length > 0 ? practices : ['none'])).map((practice) => ({ type: 'practice.start', practice })) },
    { weight: 1, arbitrary: fc.oneof(fc.anything(), fc.record({ type: fc.string(), item: fc.string() }), fc.constant({ type: 'answer', item: 'nope', value: 1 })) },
  );
  const advance = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 120_000 }));
  return fc.oneof(
    { weight: 10, arbitrary: fc.record({ advance, kind: fc.constant('focus' as const), pick: fc.nat(9) }) },
    { weight: 3, arbitrary: fc.record({ advance, kind: fc.constantFrom('item' as const, 'skip' as const), pick: fc.nat(9) }) },
    { weight: 2, arbitrary: fc.record({ advance, kind: fc.constant('practice' as const), type: fc.constantFrom('practice.start', 'practice.pause', 'practice.resume', 'practice.complete') }) },
    { weight: 4, arbitrary: fc.record({ advance, kind: fc.constant('event' as const), event }) },
  );
}

/** The answer domain of every item a session of `lessonId` may ask. */
export function lessonDomains(bundle: Bundle, lessonId: string): { items: Item[]; domains: Map<string, AnswerValue[]> } {
  const lessons = [...new Set([lessonId, bundle.curriculum.safety.lesson])];
  const items = lessons.flatMap((id) => lessonItems(bundle, id));
  const conditions = lessons.flatMap((id) => bundle.lessons.find((lesson) => lesson.id === id)!.steps.flatMap((step) => lessonConditions(step.blocks)));
  return { items, domains: new Map(items.map((item) => [item.id, answerDomain(item, conditions)])) };
}

/** The event a command stands for, given the current frame. */
export function commandEvent(command: Command, frame: Frame, domains: Map<string, AnswerValue[]>): unknown {
  const shown = frame.blocks.flatMap((block) => (block.type === 'item' ? [block] : block.type === 'instrument' ? block.items : []));
  switch (command.kind) {
    case 'event':
      return command.event;
    case 'practice': {
      const practice = frame.blocks.find((block) => block.type === 'practice');
      return { type: command.type, practice: practice?.type === 'practice' ? practice.id : 'none' };
    }
    case 'focus': {
      if (frame.focus === null) return { type: frame.actions.includes('acknowledge') ? 'acknowledge' : 'next' };
      const values = domains.get(frame.focus)!;
      return { type: 'answer', item: frame.focus, value: values[command.pick % values.length] };
    }
    default: {
      const item = shown[command.pick % Math.max(1, shown.length)];
      if (item === undefined) return { type: command.kind === 'skip' ? 'skip' : 'answer', item: 'none', value: 1 };
      if (command.kind === 'skip') return { type: 'skip', item: item.id };
      const values = domains.get(item.id)!;
      return { type: 'answer', item: item.id, value: values[command.pick % values.length] };
    }
  }
}
