import { canonicalJson } from '@copekit/schema';
import { getShortestPaths, toDirectedGraph } from '@xstate/graph';
import { createActor, type AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import type { MachineEvent, SessionEvent } from '../events/session-event.js';
import type { RecordDraft } from '../records/record-draft.js';
import { createSessionMachine } from './session-machine.js';

const machine = createSessionMachine(bundle, 'pacing-basics');
const start = () => {
  const actor = createActor(machine, { input: {} });
  const records: RecordDraft[] = [];
  actor.on('records', (event) => records.push(...event.records));
  actor.start();
  return { actor, records, send: (event: SessionEvent) => actor.send({ ...event, at: 1_000 }) };
};

describe('createSessionMachine', () => {
  it('builds one machine per bundle object and lesson', () => {
    expect(createSessionMachine(bundle, 'pacing-basics')).toBe(machine);
    expect(createSessionMachine(bundle, 'check-in')).not.toBe(machine);
    expect(createSessionMachine(structuredClone(bundle), 'pacing-basics')).not.toBe(machine);
  });

  it('has a state per step of the lesson and of the safety lesson', () => {
    const states = machine.root.states;
    expect(Object.keys(states)).toEqual(['lesson', 'exited', 'safety', 'exited-safety', 'completed']);
    expect(Object.keys(states['lesson']!.states)).toEqual(['welcome', 'high-pain', 'overdo', 'check', 'mood', 'reframe', 'relax', 'plan', 'low-pain', '@history']);
    expect(Object.keys(states['safety']!.states)).toEqual(['crisis', 'follow-up', 'extra-support', 'confirm', '@history']);
  });

  it('shows the structure to XState graph tools, with parameterised guards', () => {
    const graph = toDirectedGraph(machine as AnyStateMachine);
    const lesson = graph.children.find((child) => child.id === 'lesson')!;
    const welcome = lesson.children.find((child) => child.id === 'copekit.lesson.welcome')!;
    expect(welcome.edges.map((edge) => `${edge.label.text} → ${edge.target.id}`)).toMatchInlineSnapshot(`
      [
        "answer → safety",
        "answer → copekit.lesson.welcome",
        "skip → copekit.lesson.welcome",
        "exit → exited",
        "next → copekit.lesson.high-pain",
        "next → copekit.lesson.overdo",
      ]
    `);
    expect(welcome.stateNode.on['answer']!.map((transition) => transition.guard)).toEqual([
      { type: 'answerStartsSafety', params: { flow: 'lesson', step: 0 } },
      { type: 'answerAccepted', params: { flow: 'lesson', step: 0 } },
    ]);
  });

  it('finds a shortest path to completion with getShortestPaths', () => {
    const events: MachineEvent[] = [
      { type: 'answer', item: 'pain-now', value: 5, at: 0 },
      { type: 'answer', item: 'overdo', value: ['yard'], at: 0 },
      { type: 'answer', item: 'distress', value: 1, at: 0 },
      { type: 'answer', item: 'safe-now', value: 'yes', at: 0 },
      ...Array.from({ length: 9 }, (_, index): MachineEvent => ({ type: 'answer', item: `phq-9-q${index + 1}`, value: 0, at: 0 })),
      { type: 'next', at: 0 },
    ];
    const paths = getShortestPaths(machine as AnyStateMachine, {
      events,
      input: {},
      toState: (state) => state.status === 'done',
      // Sorted keys: answering in another order reaches the same state.
      serializeState: (state) => canonicalJson([state.value, state.context.answers]),
    });
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0]!.steps.map((step) => step.event.type).filter((type) => type === 'next')).toHaveLength(7);
  });

  it('emits records for what happens, without the session stamps', () => {
    const { records, send } = start();
    send({ type: 'answer', item: 'pain-now', value: 4 });
    send({ type: 'next' });
    expect(records).toEqual([
      { type: 'step.entered', flow: 'lesson', step: 'welcome', payload: { lesson: 'pacing-basics', index: 0, count: 9 } },
      { type: 'item.answered', flow: 'lesson', step: 'welcome', payload: { lesson: 'pacing-basics', item: 'pain-now', value: 4, previous: null } },
      { type: 'step.entered', flow: 'lesson', step: 'overdo', payload: { lesson: 'pacing-basics', index: 2, count: 9 } },
    ]);
  });

  it('ignores events its guards refuse, keeping the same snapshot', () => {
    const { actor, send } = start();
    const before = actor.getSnapshot();
    send({ type: 'next' });
    send({ type: 'answer', item: 'pain-now', value: 11 });
    send({ type: 'acknowledge' });
    expect(actor.getSnapshot()).toBe(before);
    expect(before.can({ type: 'next', at: 0 })).toBe(false);
    expect(before.can({ type: 'answer', item: 'pain-now', value: 3, at: 0 })).toBe(true);
  });

  it('jumps into the safety lesson on a risk answer and returns through the history state', () => {
    const { actor, records, send } = start();
    send({ type: 'answer', item: 'pain-now', value: 4 });
    send({ type: 'next' });
    send({ type: 'answer', item: 'overdo', value: ['work'] });
    send({ type: 'next' });
    send({ type: 'answer', item: 'safe-now', value: 'no' });
    expect(actor.getSnapshot().value).toEqual({ safety: 'crisis' });
    send({ type: 'next' });
    send({ type: 'answer', item: 'plan', value: 'no' });
    send({ type: 'next' });
    expect(actor.getSnapshot().value).toEqual({ safety: 'confirm' });
    send({ type: 'acknowledge' });
    expect(actor.getSnapshot().value).toEqual({ lesson: 'check' });
    expect(records.filter((record) => record.type.startsWith('safety')).map((record) => record.type)).toEqual(['safety.alert', 'safety.acknowledged']);
  });

  it('exits and resumes at the same step of the safety flow', () => {
    const { actor, send } = start();
    send({ type: 'answer', item: 'pain-now', value: 4 });
    send({ type: 'next' });
    send({ type: 'answer', item: 'overdo', value: ['work'] });
    send({ type: 'next' });
    send({ type: 'answer', item: 'distress', value: 10 });
    send({ type: 'next' });
    send({ type: 'exit' });
    expect(actor.getSnapshot().value).toBe('exited-safety');
    send({ type: 'resume' });
    expect(actor.getSnapshot().value).toEqual({ safety: 'follow-up' });
  });

  it('runs the safety lesson on its own without a second safety flow', () => {
    const own = createSessionMachine(bundle, 'safety-check');
    expect(Object.keys(own.root.states)).toEqual(['lesson', 'exited', 'completed']);
  });
});
