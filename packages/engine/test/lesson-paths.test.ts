import type { MachineEvent } from '../src/events/session-event.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle } from './fixtures/bundle.js';
import { exploreLesson, type LessonGraph } from './helpers/lesson-paths.js';
import { expectEveryPathCompletes } from './helpers/expect-paths.js';
import { replayProblem } from './helpers/replay-path.js';

describe('every path through the fixture lessons', () => {
  it('reaches completion without skipping the safety flow, in every lesson', () => {
    const summaries = Object.fromEntries(bundle.lessons.map((lesson) => [lesson.id, expectEveryPathCompletes(bundle, lesson.id)]));
    expect(summaries).toMatchInlineSnapshot(`
      {
        "check-in": {
          "paths": 4,
          "states": 20,
          "throughSafety": 0,
        },
        "pacing-basics": {
          "paths": 3712,
          "states": 23367,
          "throughSafety": 3584,
        },
        "safety-check": {
          "paths": 4,
          "states": 18,
          "throughSafety": 0,
        },
      }
    `);
  });
});

describe('the paths of the pacing lesson', () => {
  let graph: LessonGraph;
  beforeAll(() => {
    graph = exploreLesson(bundle, 'pacing-basics');
  });

  const region = (pain: number) => (pain <= 2 ? '≤ 2' : pain < 7 ? '3–6' : '≥ 7');
  const answers = (path: MachineEvent[], item: string) =>
    path.flatMap((event) => (event.type === 'answer' && event.item === item ? [event.value] : []));

  it('shows the steps whose content sits in <Show> only on the branches that show them', () => {
    expect(graph.visited).toEqual(new Set(bundle.lessons.find((lesson) => lesson.id === 'pacing-basics')!.steps.map((step) => step.id)));
    const regions = new Set(graph.paths.map((path) => region(answers(path, 'pain-now')[0] as number)));
    // One route per region the conditions tell apart.
    expect(regions).toEqual(new Set(['≤ 2', '3–6', '≥ 7']));
    for (const path of graph.paths) {
      const asked = path.some((event) => (event.type === 'answer' || event.type === 'skip') && event.item === 'flare-plan');
      expect(asked).toBe(region(answers(path, 'pain-now')[0] as number) === '≥ 7');
    }
  });

  it('asks how long chores take only when chores are overdone', () => {
    for (const path of graph.paths) {
      const overdo = answers(path, 'overdo')[0] as string[];
      expect(answers(path, 'chore-minutes').length > 0).toBe(overdo.includes('chores'));
    }
  });

  it('goes through the safety flow after each risk answer', () => {
    for (const path of graph.paths) {
      const risky = [Number(answers(path, 'distress')[0]) >= 9, answers(path, 'safe-now')[0] === 'no', Number(answers(path, 'phq-9-q9')[0]) > 0];
      expect(path.filter((event) => event.type === 'acknowledge').length).toBe(risky.filter(Boolean).length);
    }
  });

  it('is caught by the replay when a path skips the safety flow', () => {
    const risky = graph.paths.find((path) => path.some((event) => event.type === 'acknowledge'))!;
    const start = risky.findIndex((event) => event.type === 'answer' && event.item === 'plan');
    const end = risky.findIndex((event) => event.type === 'acknowledge');
    const skipped = risky.filter((_, index) => index < start || index > end);
    expect(replayProblem(bundle, 'pacing-basics', skipped)).toMatch(/^event \d+ .* was rejected/);
  });
});
