import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Lesson } from '@copekit/schema';
import { baseBundle } from '../../test/fixtures/base-bundle.js';
import { lessonOf } from '../../test/fixtures/variants.js';
import { layoutFlow, stepFacts, type FlowBox, type FlowLayout } from './flow-layout.js';

const overlaps = (a: FlowBox, b: FlowBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function expectSound(layout: FlowLayout): void {
  layout.boxes.forEach((box, index) => {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
    expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    for (const other of layout.boxes.slice(index + 1)) expect(overlaps(box, other), `${box.lines[0]} / ${other.lines[0]}`).toBe(false);
  });
  const flow = layout.boxes.filter((box) => box.kind === 'start' || box.kind === 'step' || box.kind === 'end');
  const next = layout.edges.filter((edge) => edge.kind === 'next');
  expect(next).toHaveLength(flow.length - 1);
  next.forEach((edge, index) => {
    expect(edge.y1).toBe(flow[index]!.y + flow[index]!.height);
    expect(edge.y2).toBe(flow[index + 1]!.y);
    expect(edge.y2).toBeGreaterThan(edge.y1);
  });
}

describe('stepFacts', () => {
  it('collects Show conditions, risk rules and asked items at any depth', () => {
    expect(stepFacts(lessonOf(baseBundle, 'daily-check-in').steps[0]!.blocks)).toEqual({ conditions: ['mood >= 3'], risks: ['mood-q2 > 0'], asks: ['pain-today', 'mood-q1', 'mood-q2'] });
    expect(stepFacts(lessonOf(baseBundle, 'pacing-basics').steps[1]!.blocks)).toEqual({ conditions: ['pain-now >= 7'], risks: [], asks: ['overdo', 'notes'] });
  });
});

describe('layoutFlow', () => {
  it('lays steps top to bottom between start and end, with branch notes and safety edges', () => {
    const layout = layoutFlow(lessonOf(baseBundle, 'pacing-basics'), 'safety-check');
    expect(layout.boxes.map((box) => [box.kind, box.lines.join(' / ')])).toEqual([
      ['start', 'Start: pacing-basics'],
      ['step', '1. Why pacing helps / id: why-pacing / asks: pain-now'],
      ['step', '2. Plan your day / id: plan / asks: overdo, notes'],
      ['branch', 'Conditional content: / when pain-now >= 7'],
      ['step', '3. Try a short break / id: practise / asks: break-minutes'],
      ['end', 'End of lesson'],
    ]);
    expectSound(layout);
  });

  it('sends steps with risk items to the safety flow on the left', () => {
    const layout = layoutFlow(lessonOf(baseBundle, 'daily-check-in'), 'safety-check');
    const safety = layout.boxes.find((box) => box.kind === 'safety')!;
    const step = layout.boxes.find((box) => box.kind === 'step')!;
    expect(safety.lines).toEqual(['Safety flow', '→ safety-check', 'if mood-q2 > 0']);
    expect(layout.edges.find((edge) => edge.kind === 'risk')).toEqual({ kind: 'risk', x1: step.x, y1: step.y + 18, x2: safety.x + safety.width, y2: step.y + 18 });
    expectSound(layout);
  });

  it('caps long notes and never overlaps boxes, whatever the steps', () => {
    const title = fc.string({ maxLength: 120 });
    const conditions = fc.array(fc.stringMatching(/^[a-z0-9 >=-]{1,60}$/), { maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(title, conditions, fc.boolean()), { maxLength: 8 }), (steps) => {
        const lesson: Lesson = {
          ...lessonOf(baseBundle, 'pacing-basics'),
          steps: steps.map(([stepTitle, sources, risky], index) => ({
            id: `s${index}`,
            title: stepTitle,
            blocks: [
              ...sources.map((source) => ({ type: 'show' as const, when: { type: 'answered' as const, ref: { item: 'x' } }, source, blocks: [] })),
              ...(risky ? [{ type: 'item' as const, kind: 'text' as const, id: `i${index}`, label: 'x', optional: false, risk: { type: 'answered' as const, ref: { item: `i${index}` } } }] : []),
            ],
          })),
        };
        const layout = layoutFlow(lesson, 'safety-check');
        expectSound(layout);
        for (const box of layout.boxes) expect(box.lines.length).toBeLessThanOrEqual(7);
      }),
      { numRuns: 50 },
    );
  });
});
