import type { Frame } from '@copekit/engine';
import type { Bundle, ProgramSnapshot } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultAnswer } from '../../test/helpers/complete-session.js';
import { manualClock } from '../../test/helpers/manual-clock.js';
import { at, checkIn, doNextSession, startDate, timeZone } from '../../test/helpers/participant.js';
import { shippedBundle } from '../../test/helpers/shipped-bundle.js';
import { createProgram } from '../program/create-program.js';
import { canonicalJson, textChecksum } from './checksum.js';
import { ProgramSnapshotError } from './program-snapshot-error.js';

let bundle: Bundle;
let saved: ProgramSnapshot;
let frame: Frame;
const clock = manualClock(at(0, 9));
const options = { participant: 'p-1', mode: 'self-directed' as const, timeZone, startDate, clock };

beforeAll(async () => {
  bundle = await shippedBundle();
  const program = createProgram(bundle, options);
  doNextSession(program);
  clock.set(at(0, 19));
  checkIn(program, { pain: 4, practised: true, minutes: 10, active: 30, sleep: 7 });
  clock.set(at(7, 9));
  const opened = program.openSession('mini-practices');
  if (!opened.accepted) throw new Error(opened.message);
  const item = opened.session.getFrame().blocks.find((block) => block.type === 'item');
  if (item?.type === 'item') opened.session.send({ type: 'answer', item: item.id, value: defaultAnswer(item) });
  frame = opened.session.getFrame();
  saved = JSON.parse(JSON.stringify(program.getSnapshot())) as ProgramSnapshot;
});

/** `snapshot` with `change` applied and a checksum that matches again. */
function resealed(change: (body: Record<string, unknown>) => void): unknown {
  const { checksum: _, ...body } = structuredClone(saved);
  change(body);
  return { ...body, checksum: textChecksum(canonicalJson(body)) };
}

function refusal(snapshot: unknown, overrides: object = {}): string {
  try {
    createProgram(bundle, { ...options, ...overrides, snapshot });
  } catch (error) {
    if (error instanceof ProgramSnapshotError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'restored';
}

describe('program snapshots', () => {
  it('restore the session in progress at its step, and the program state exactly', () => {
    const restored = createProgram(bundle, { ...options, snapshot: saved });
    expect(restored.getSnapshot()).toEqual(saved);
    const [session] = restored.getOpenSessions();
    expect(session?.lesson).toBe('mini-practices');
    expect(session?.getFrame()).toEqual(frame);
    expect(frame.blocks.some((block) => block.type === 'item' && block.status === 'answered')).toBe(true);
    expect(restored.getRecords()).toEqual([]);
  });

  it('carry the content, engine and program versions', () => {
    expect(saved).toMatchObject({ schemaVersion: 1, curriculum: bundle.curriculum.id, curriculumVersion: bundle.curriculum.version, bundleHash: bundle.hash, programVersion: '0.1.0' });
  });

  it.each([
    ['a changed field', (snapshot: ProgramSnapshot) => ({ ...snapshot, startDate: '2026-01-06' }), /^checksum-mismatch/],
    ['another format version', (snapshot: ProgramSnapshot) => ({ ...snapshot, schemaVersion: 2 }), /^unsupported-version/],
    ['a shape that is not a snapshot', () => ({ hello: 'world' }), /^invalid-snapshot: Not a Copekit program snapshot/],
    ['a bundle hash of other content', () => resealed((body) => (body['bundleHash'] = `sha256:${'0'.repeat(64)}`)), /^bundle-mismatch: .*keep running it with the bundle it started with/],
    ['sessions the bundle does not have', () => resealed((body) => ((body['state'] as ProgramSnapshot['state']).sessions[0]!.lesson = 'other')), /^invalid-state: .*its sessions are other/],
    ['a session in progress without its snapshot', () => resealed((body) => (body['sessions'] = [])), /^invalid-state: .*do not match their snapshots/],
  ])('are refused with %s', (_, change, expected) => {
    expect(refusal(change(structuredClone(saved)))).toMatch(expected);
  });

  it('are refused for another participant or mode', () => {
    expect(refusal(saved, { participant: 'p-2' })).toMatch(/^options-mismatch: .*participant is `p-1`/);
    expect(refusal(saved, { mode: 'guided' })).toMatch(/^options-mismatch: .*mode is `self-directed`/);
  });

  it('are refused when a session in progress cannot be restored', () => {
    const broken = resealed((body) => {
      const [session] = body['sessions'] as ProgramSnapshot['sessions'];
      (session as { lessonHash: string }).lessonHash = `sha256:${'1'.repeat(64)}`;
    });
    expect(refusal(broken)).toMatch(/^invalid-state: A session in progress cannot be restored/);
  });
});
