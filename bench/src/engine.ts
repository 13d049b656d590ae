/**
 * `pnpm bench:engine [--runs N] [--check]`: times the copekit engine against a
 * baseline measured in the same run, on the lesson of the shipped curriculum
 * (compiled with the built compiler) whose run takes the most events.
 *
 * (a) a raw XState machine with one state per step of the lesson, taking the
 *     same events: `answer` assigns the value to context, `next` moves on;
 * (b) a copekit session taking the same events through the whole lesson
 *     (answers checked, conditions evaluated, records stamped);
 * plus the time to create a session from a parsed bundle (first time, when
 * the lesson is indexed and its machine built, and again), to restore one
 * from a snapshot, and to build a frame.
 *
 * Prints steps per second and the ratio b/a (target ≤ 2). With `--check`,
 * exits 1 when the target is missed. Imports the built packages (`pnpm build` first).
 *
 * @module
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compile, type SourceFile } from '@copekit/compiler';
import { createSession, type FrameItem, type Session, type SessionEvent, type SessionSnapshot } from '@copekit/engine';
import type { Bundle, Lesson } from '@copekit/schema';
import { assign, createActor, setup } from 'xstate';
import { median } from './measure.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    check: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('Usage: pnpm bench:engine [--runs N] [--check]');
  process.exit(2);
}

const curriculumRoot = resolve(fileURLToPath(import.meta.url), '../../../curriculum');
const bundleJson = JSON.stringify(compileCurriculum(curriculumRoot));
const bundle = JSON.parse(bundleJson) as Bundle;
// The lesson whose run takes the most events.
const { lesson, plan } = bundle.lessons
  .filter((candidate) => candidate.kind !== 'safety')
  .map((candidate) => ({ lesson: candidate, plan: planThrough(bundle, candidate) }))
  .reduce((longest, entry) => (entry.plan.events.length > longest.plan.events.length ? entry : longest));
const steps = plan.events.length;

let tick = 0;
const clock = { now: () => (tick += 250) };
const options = { lesson: lesson.id, mode: 'guided' as const, participant: 'bench', clock };

// (a) The baseline: one state per step visited, the same events.
const states: Record<string, object> = {};
plan.path.forEach((step, index) => {
  states[step] = { on: { answer: { actions: 'set' }, next: plan.path[index + 1] ?? 'done' } };
});
const raw = setup({
  types: {} as { context: { answers: Record<string, unknown> }; events: SessionEvent },
  actions: {
    set: assign(({ context, event }) => (event.type === 'answer' ? { answers: { ...context.answers, [event.item]: event.value } } : {})),
  },
}).createMachine({ context: { answers: {} }, initial: plan.path[0]!, states: { ...states, done: { type: 'final' } } });

const runRaw = () => {
  const actor = createActor(raw).start();
  for (const event of plan.events) actor.send(event);
  if (actor.getSnapshot().status !== 'done') throw new Error('The baseline did not finish the lesson.');
};
const runCopekit = () => {
  const session = createSession(bundle, options);
  for (const event of plan.events) session.send(event);
  if (session.getFrame().status !== 'completed') throw new Error('The session did not complete the lesson.');
};

const perRun = 200;
const timeBatch = (task: () => void) => {
  const started = performance.now();
  for (let run = 0; run < perRun; run++) task();
  return (performance.now() - started) / perRun;
};
for (let warmup = 0; warmup < 3; warmup++) {
  timeBatch(runRaw);
  timeBatch(runCopekit);
}
const rawTimes: number[] = [];
const copekitTimes: number[] = [];
for (let round = 0; round < runs; round++) {
  rawTimes.push(timeBatch(runRaw));
  copekitTimes.push(timeBatch(runCopekit));
}
const a = median(rawTimes);
const b = median(copekitTimes);

// Session creation: the first time per parsed bundle (index + machine), then again.
const coldTimes: number[] = [];
for (let round = 0; round < runs; round++) {
  const fresh = JSON.parse(bundleJson) as Bundle;
  const started = performance.now();
  createSession(fresh, options);
  coldTimes.push(performance.now() - started);
}
const warm = median(Array.from({ length: runs }, () => timeBatch(() => createSession(bundle, options))));
const saved = JSON.parse(JSON.stringify(halfway(bundle).getSnapshot())) as SessionSnapshot;
const restore = median(Array.from({ length: runs }, () => timeBatch(() => createSession(bundle, { ...options, snapshot: saved }))));
const frameSession = halfway(bundle);
const frame = median(Array.from({ length: runs }, () => timeBatch(() => frameSession.getFrame())));

const ratio = b / a;
const perSecond = (ms: number) => Math.round((steps / ms) * 1000).toLocaleString('en-US');
console.log(`Lesson \`${lesson.id}\`: ${lesson.steps.length} steps, ${steps} events per run (answers and next), median of ${runs} rounds of ${perRun} runs`);
console.log(`(a) raw XState machine   ${perSecond(a).padStart(12)} steps/s   ${(a * 1000).toFixed(1).padStart(8)} µs per lesson`);
console.log(`(b) copekit session      ${perSecond(b).padStart(12)} steps/s   ${(b * 1000).toFixed(1).padStart(8)} µs per lesson`);
console.log(`b/a = ${ratio.toFixed(2)} (target ≤ 2)`);
console.log(`create a session: first time per bundle ${(median(coldTimes) * 1000).toFixed(0)} µs, then ${(warm * 1000).toFixed(1)} µs`);
console.log(`restore a session from a snapshot: ${(restore * 1000).toFixed(1)} µs`);
console.log(`build a frame: ${(frame * 1000).toFixed(1)} µs`);
if (values.check && ratio > 2) {
  console.error('Target missed: b/a > 2.');
  process.exit(1);
}

/** Compiles the curriculum folder with the built compiler, or exits with its errors. */
function compileCurriculum(root: string): Bundle {
  const files: SourceFile[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      if (name === 'node_modules' || name.startsWith('CHANGELOG')) continue;
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push({ path: relative(root, path).split('\\').join('/'), value: readFileSync(path, 'utf8') });
    }
  };
  walk(root);
  const { bundle: compiled, messages } = compile(files);
  if (compiled === undefined) {
    console.error(`The curriculum at ${root} does not compile:`);
    for (const message of messages.filter((entry) => entry.fatal === true).slice(0, 20)) console.error(`  ${message.file}:${message.line}:${message.column} ${message.reason}`);
    process.exit(1);
  }
  return compiled;
}

/**
 * The events of a run through the lesson that never trips a risk rule: every
 * visible item answered in order (trying values until one keeps the session
 * out of the safety flow), then `next`, to completion. Also the steps visited.
 */
function planThrough(content: Bundle, target: Lesson): { events: SessionEvent[]; path: string[] } {
  const probe = { lesson: target.id, mode: 'guided' as const, participant: 'bench', clock: { now: () => 0 } };
  let session = createSession(content, probe);
  const events: SessionEvent[] = [];
  const path: string[] = [];
  while (session.getFrame().status === 'active') {
    const frame = session.getFrame();
    if (path.at(-1) !== frame.step!.id) path.push(frame.step!.id);
    const item = frame.blocks
      .flatMap((block) => (block.type === 'item' ? [block] : block.type === 'instrument' ? block.items : []))
      .find((candidate) => candidate.id === frame.focus);
    if (item === undefined) {
      const next: SessionEvent = { type: 'next' };
      if (!session.send(next).accepted) throw new Error(`Cannot leave step ${frame.step!.id}: ${JSON.stringify(frame.missing)}`);
      events.push(next);
      continue;
    }
    let answered = false;
    for (const value of candidates(item)) {
      const before = session.getSnapshot();
      const event: SessionEvent = { type: 'answer', item: item.id, value };
      if (!session.send(event).accepted) continue;
      if (session.getFrame().flow === 'lesson') {
        events.push(event);
        answered = true;
        break;
      }
      session = createSession(content, { ...probe, snapshot: before });
    }
    if (!answered) throw new Error(`No safe answer for ${item.id}.`);
  }
  return { events, path };
}

type Value = Extract<SessionEvent, { type: 'answer' }>['value'];

function candidates(item: FrameItem): Value[] {
  switch (item.kind) {
    case 'rating':
      return [item.constraints.min, item.constraints.max];
    case 'scale':
      return item.constraints.points.map((point) => point.value);
    case 'number':
      return [item.constraints.min ?? 0, item.constraints.max ?? 1];
    case 'text':
      return ['A few words.'];
    case 'choice':
      return item.constraints.options.map((option) => (item.constraints.multiple ? [option.value] : option.value));
    case 'thought-record':
      return [Object.fromEntries(item.constraints.fields.map((field) => [field.id, field.kind === 'rating' ? (field.min ?? 0) : 'Some words.']))];
  }
}

/** A session halfway through the lesson. */
function halfway(content: Bundle): Session {
  const session = createSession(content, options);
  for (const event of plan.events.slice(0, Math.floor(plan.events.length / 2))) session.send(event);
  return session;
}
