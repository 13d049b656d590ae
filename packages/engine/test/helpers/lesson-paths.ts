/**
 * Every path through a lesson, generated from its XState machine with
 * `@xstate/graph`: in each state the participant answers the first visible
 * unanswered item with each value of its answer domain (or skips it when
 * optional), or, with nothing left to answer, takes the frame's `next` or
 * `acknowledge`. `getAdjacencyMap` explores every state this reaches; the
 * paths are the ways from the start to completion.
 */

import type { AnswerValue, Bundle, Condition } from '@copekit/schema';
import { getAdjacencyMap } from '@xstate/graph';
import type { AnyStateMachine } from 'xstate';
import type { MachineEvent } from '../../src/events/session-event.js';
import { buildFrame } from '../../src/frame/build-frame.js';
import { readPosition, type SessionMachineSnapshot } from '../../src/machine/machine-position.js';
import { compiledSession } from '../../src/machine/session-machine.js';
import { crisisRegion } from '../../src/safety/crisis-region.js';
import type { ItemEntry, LessonIndex } from '../../src/lesson/lesson-index.js';
import { AnswerScope } from '../../src/conditions/answer-scope.js';
import { answerDomain, lessonConditions } from './answer-domain.js';

/** The adjacency map `getAdjacencyMap` returns, for the session machine. */
type Adjacency = Record<string, { state: SessionMachineSnapshot; transitions: Record<string, { event: MachineEvent; state: SessionMachineSnapshot }> }>;

/** The explored graph of a lesson. */
export interface LessonGraph {
  /** Number of distinct states reached. */
  states: number;
  /** States that are neither completed nor offer an action the machine accepts. */
  deadEnds: string[];
  /** Events offered by a frame that the machine ignored, as `state → event`. */
  refused: string[];
  /** Every path from the start to completion. */
  paths: MachineEvent[][];
  /** Ids of the lesson steps some path shows. */
  visited: Set<string>;
}

/** Explores lesson `lessonId` of `bundle`. Throws when there are more than `limit` states. */
export function exploreLesson(bundle: Bundle, lessonId: string, limit = 200_000): LessonGraph {
  const compiled = compiledSession(bundle, lessonId);
  const { machine, env } = compiled;
  const written = env.lessons.flatMap((lesson) => lesson.lesson.steps.flatMap((step) => lessonConditions(step.blocks)).map((condition) => ({ lesson, condition })));
  const conditions = written.map(({ condition }) => condition);
  const atoms = written.flatMap(({ lesson, condition }) => atomsOf(condition).map((atom) => ({ lesson, atom })));
  const pinned = pinnedItems(env.lessons, conditions);
  const region = crisisRegion(bundle.curriculum.crisis, undefined);
  // Two states are the same when they are at the same place, the same items
  // are answered or skipped, every atomic condition has the same truth, and the
  // items whose exact value still matters (compared with another item, or in
  // a scored instrument) have the same value.
  const serialize = (snapshot: SessionMachineSnapshot) => {
    const { answers, skipped } = snapshot.context;
    const scope = new AnswerScope(env.lessons, snapshot.context);
    return JSON.stringify([
      snapshot.value,
      readPosition(env, snapshot).lessonStep,
      env.lessons.map(({ lesson }) => [Object.keys(answers[lesson.id] ?? {}).sort(), skipped[lesson.id] ?? []]),
      atoms.map(({ lesson, atom }) => (scope.holds(atom, lesson) ? 1 : 0)).join(''),
      pinned.map(({ lesson, item }) => answers[lesson]?.[item] ?? null),
    ]);
  };

  const events = (snapshot: SessionMachineSnapshot): MachineEvent[] => {
    const position = readPosition(env, snapshot);
    if (position.status !== 'active') return [];
    const frame = buildFrame(env, position, snapshot.context, { mode: 'guided', audience: 'participant', region, now: 0 });
    const lesson = position.flow === 'safety' ? env.safety : env.lesson;
    if (frame.focus !== null) {
      const entry = lesson.items.get(frame.focus)!;
      const values = domainOf(entry, snapshot.context.answers[lesson.lesson.id] ?? {}, conditions);
      const answers: MachineEvent[] = values.map((value) => ({ type: 'answer', item: entry.item.id, value, at: 0 }));
      return entry.item.optional ? [...answers, { type: 'skip', item: entry.item.id, at: 0 }] : answers;
    }
    return frame.actions.flatMap((action): MachineEvent[] => (action === 'next' || action === 'acknowledge' ? [{ type: action, at: 0 }] : []));
  };

  const adjacency = getAdjacencyMap(machine as AnyStateMachine, {
    events: (snapshot) => events(snapshot as SessionMachineSnapshot),
    serializeState: (snapshot) => serialize(snapshot as SessionMachineSnapshot),
    serializeEvent: (event) => JSON.stringify(event),
    input: {},
    limit,
  }) as unknown as Adjacency;

  const deadEnds: string[] = [];
  const refused: string[] = [];
  const visited = new Set<string>();
  for (const [key, { state, transitions }] of Object.entries(adjacency)) {
    const position = readPosition(env, state);
    if (position.flow === 'lesson' && position.status === 'active') visited.add(env.lesson.steps[position.step]!.step.id);
    const moves = Object.values(transitions);
    for (const { event, state: next } of moves) if (serialize(next) === key) refused.push(`${key} → ${JSON.stringify(event)}`);
    if (state.status !== 'done' && moves.every(({ state: next }) => serialize(next) === key)) deadEnds.push(key);
  }

  const paths: MachineEvent[][] = [];
  const walk = (key: string, trail: MachineEvent[], seen: Set<string>) => {
    const { state, transitions } = adjacency[key]!;
    if (state.status === 'done') {
      paths.push(trail);
      return;
    }
    // Events that lead to the same state are the same route: follow the first.
    const routes = new Map(Object.values(transitions).map(({ event, state: next }) => [serialize(next), event] as const).reverse());
    for (const [nextKey, event] of routes) {
      if (seen.has(nextKey)) continue;
      seen.add(nextKey);
      walk(nextKey, [...trail, event], seen);
      seen.delete(nextKey);
    }
  };
  // The adjacency map starts with the initial state.
  const start = Object.keys(adjacency)[0]!;
  walk(start, [], new Set([start]));
  return { states: Object.keys(adjacency).length, deadEnds, refused, paths, visited };
}

/**
 * The answers to try for an item. Instrument items without a risk rule all
 * take the value chosen for the block's first such item, so the score moves
 * across its bands without multiplying paths; risk items keep their own domain.
 */
function domainOf(entry: ItemEntry, answers: Record<string, AnswerValue>, conditions: Condition[]): AnswerValue[] {
  const instrument = entry.instrument;
  if (instrument !== undefined && entry.item.risk === undefined) {
    const chosen = instrument.items.find((sibling) => sibling.item.risk === undefined && answers[sibling.item.id] !== undefined);
    if (chosen !== undefined) return [answers[chosen.item.id]!];
    if (conditions.some((condition) => mentionsBlock(condition, instrument.block.id))) {
      return entry.item.kind === 'scale' ? entry.item.points.map((point) => point.value) : answerDomain(entry.item, [anyValue(entry)]);
    }
  }
  return answerDomain(entry.item, conditions);
}

/** The atomic conditions (comparisons, `answered`, `includes`) in `condition`. */
function atomsOf(condition: Condition): Condition[] {
  if (condition.type === 'and' || condition.type === 'or') return condition.operands.flatMap(atomsOf);
  return condition.type === 'not' ? atomsOf(condition.operand) : [condition];
}

/** Items whose exact value matters beyond the atoms: compared with another item, or in an instrument whose score is read. */
function pinnedItems(lessons: readonly LessonIndex[], conditions: readonly Condition[]): { lesson: string; item: string }[] {
  const pinned: { lesson: string; item: string }[] = [];
  for (const lesson of lessons) {
    for (const [id, entry] of lesson.items) {
      const block = entry.instrument?.block.id;
      const twoRefs = conditions.some((condition) => atomsOf(condition).some((atom) => atom.type === 'compare' && atom.left.type === 'ref' && atom.right.type === 'ref' && [atom.left.ref.item, atom.right.ref.item].includes(id)));
      if (twoRefs || (block !== undefined && conditions.some((condition) => mentionsBlock(condition, block)))) pinned.push({ lesson: lesson.lesson.id, item: id });
    }
  }
  return pinned;
}

function mentionsBlock(condition: Condition, block: string): boolean {
  return JSON.stringify(condition).includes(`"item":"${block}"`);
}

/** A condition that makes every value of a rating interesting (min and max). */
function anyValue(entry: ItemEntry): Condition {
  return { type: 'answered', ref: { item: entry.item.id } };
}
