import { canonicalJson, type SessionSnapshot } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { bundle, withChangedLesson } from '../../test/fixtures/bundle.js';
import { atCheck, sessionOptions } from '../../test/fixtures/sessions.js';
import { createSession } from '../session/create-session.js';
import { textChecksum } from './checksum.js';
import { SnapshotError } from './snapshot-error.js';

const saved = (): SessionSnapshot => JSON.parse(JSON.stringify(atCheck().getSnapshot())) as SessionSnapshot;

/** A snapshot edited and re-checksummed, as a forger (not a corrupted disk) would. */
function forged(change: (snapshot: SessionSnapshot) => void): SessionSnapshot {
  const snapshot = saved();
  change(snapshot);
  const { checksum: _old, ...body } = snapshot;
  return { ...snapshot, checksum: textChecksum(canonicalJson(body)) };
}

function refusal(snapshot: unknown, options = sessionOptions(), content = bundle): SnapshotError {
  try {
    createSession(content, { ...options, snapshot });
  } catch (error) {
    if (error instanceof SnapshotError) return error;
    throw error;
  }
  throw new Error('the snapshot was restored');
}

describe('restoring a snapshot', () => {
  it('resumes where the session was', () => {
    const session = createSession(bundle, { ...sessionOptions(), snapshot: saved() });
    expect(session.getFrame().step?.id).toBe('check');
    expect(session.getSnapshot().state).toEqual(saved().state);
    expect(session.id).toBe('p-0042/pacing-basics/1767603600000');
  });

  it('refuses another format version', () => {
    expect(refusal({ ...saved(), schemaVersion: 2 })).toMatchObject({ code: 'unsupported-version' });
  });

  it('refuses what is not a snapshot, naming the problem', () => {
    expect(refusal({})).toMatchInlineSnapshot(`[SnapshotError: Not a Copekit session snapshot: at the top level, must have required property 'schemaVersion'.]`);
    expect(refusal('snapshot')).toMatchObject({ code: 'invalid-snapshot' });
    expect(refusal(null)).toMatchObject({ code: 'invalid-snapshot' });
    expect(refusal({ ...saved(), seq: -1 })).toMatchInlineSnapshot(`[SnapshotError: Not a Copekit session snapshot: at /seq, must be >= 0.]`);
    expect(refusal({ ...saved(), extra: true })).toMatchObject({ code: 'invalid-snapshot' });
  });

  it('refuses a corrupted or hand-edited snapshot', () => {
    const edited = saved();
    edited.state.answers['pacing-basics']!['pain-now'] = 4;
    expect(refusal(edited)).toMatchInlineSnapshot(`[SnapshotError: The snapshot does not match its checksum: it was corrupted or edited, so it cannot be trusted.]`);
    expect(refusal({ ...saved(), checksum: 'fnv1a32:00000000' })).toMatchObject({ code: 'checksum-mismatch' });
  });

  it('refuses a snapshot of another curriculum', () => {
    const other = structuredClone(bundle);
    other.curriculum.id = 'another-curriculum';
    expect(refusal(saved(), sessionOptions(), other)).toMatchInlineSnapshot(`[SnapshotError: The snapshot belongs to curriculum \`copekit-test\`, but the bundle is \`another-curriculum\`.]`);
  });

  it('refuses a snapshot whose lesson content differs, naming both versions', () => {
    expect(refusal(saved(), sessionOptions(), withChangedLesson('pacing-basics'))).toMatchInlineSnapshot(`[SnapshotError: The snapshot was taken with lesson \`pacing-basics\` of copekit-test 1.2.0 (sha256:1111111111111111111111111111111111111111111111111111111111111111), but this bundle has \`pacing-basics\` of copekit-test 1.3.0 (sha256:7777777777777777777777777777777777777777777777777777777777777777). Finish the session with the old bundle, carry it over with \`migrateSnapshot\` (@copekit/research), or start the lesson again.]`);
    expect(refusal(saved(), sessionOptions(), withChangedLesson('safety-check', '1.2.1'))).toMatchObject({ code: 'lesson-mismatch' });
  });

  it('restores into a new version of the curriculum when the lessons are unchanged', () => {
    const session = createSession(withChangedLesson('check-in', '1.3.0'), { ...sessionOptions(), snapshot: saved() });
    expect(session.getFrame().step?.id).toBe('check');
  });

  it('refuses a snapshot of another participant, mode or lesson', () => {
    expect(refusal(saved(), { ...sessionOptions(), participant: 'p-9999' })).toMatchInlineSnapshot(`[SnapshotError: The snapshot's participant is \`p-0042\`, but the options ask for \`p-9999\`.]`);
    expect(refusal(saved(), sessionOptions({ mode: 'self-directed' }))).toMatchObject({ code: 'options-mismatch' });
    expect(refusal(saved(), sessionOptions({ lesson: 'check-in' }))).toMatchObject({ code: 'options-mismatch' });
  });

  it('refuses a state that does not fit the lesson, even with a valid checksum', () => {
    const cases: [string, (snapshot: SessionSnapshot) => void][] = [
      ['unknown step', (snapshot) => void (snapshot.state.step = 'nowhere')],
      ['unknown safety step', (snapshot) => void (snapshot.state.safetyStep = 'nowhere')],
      ['completed in the safety flow', (snapshot) => void Object.assign(snapshot.state, { status: 'completed', safetyStep: 'crisis' })],
      ['answer out of range', (snapshot) => void (snapshot.state.answers['pacing-basics']!['pain-now'] = 11)],
      ['unknown item', (snapshot) => void (snapshot.state.answers['pacing-basics']!['mood'] = 1)],
      ['unknown lesson', (snapshot) => void (snapshot.state.answers['check-in'] = {})],
      ['required item skipped', (snapshot) => void (snapshot.state.skipped = { 'pacing-basics': ['distress'] })],
      [
        'answered and skipped',
        (snapshot) => {
          snapshot.state.answers['pacing-basics']!['flare-plan'] = 'Rest';
          snapshot.state.skipped = { 'pacing-basics': ['flare-plan'] };
        },
      ],
      ['skips of an unknown lesson', (snapshot) => void (snapshot.state.skipped = { 'check-in': [] })],
      ['unknown practice', (snapshot) => void (snapshot.state.practices = { 'pacing-basics': { yoga: { status: 'paused', elapsed: 1, since: null } } })],
      ['practices of an unknown lesson', (snapshot) => void (snapshot.state.practices = { 'check-in': {} })],
      ['running without a start', (snapshot) => void (snapshot.state.practices = { 'pacing-basics': { pmr: { status: 'running', elapsed: 1, since: null } } })],
      ['prior answer not referred to', (snapshot) => void (snapshot.state.prior = { 'check-in': { 'steps-walked': 10 } })],
    ];
    const messages = Object.fromEntries(
      cases.map(([name, change]) => {
        const error = refusal(forged(change));
        expect(error.code).toBe('invalid-state');
        return [name, error.message];
      }),
    );
    expect(messages).toMatchInlineSnapshot(`
      {
        "answer out of range": "The snapshot does not fit lesson \`pacing-basics\`: the answer to \`pain-now\` is invalid: \`pain-now\` takes a whole number from 0 to 10; got 11.",
        "answered and skipped": "The snapshot does not fit lesson \`pacing-basics\`: \`flare-plan\` is both answered and skipped.",
        "completed in the safety flow": "The snapshot does not fit lesson \`pacing-basics\`: the state cannot be completed inside the safety flow.",
        "practices of an unknown lesson": "The snapshot does not fit lesson \`pacing-basics\`: it has practices for \`check-in\`, which the session does not run.",
        "prior answer not referred to": "The snapshot does not fit lesson \`pacing-basics\`: the prior answer \`check-in.steps-walked\` is not referred to by the lesson.",
        "required item skipped": "The snapshot does not fit lesson \`pacing-basics\`: \`distress\` is not an optional item of \`pacing-basics\`.",
        "running without a start": "The snapshot does not fit lesson \`pacing-basics\`: practice \`pmr\` has an inconsistent \`since\`.",
        "skips of an unknown lesson": "The snapshot does not fit lesson \`pacing-basics\`: it has skipped items for \`check-in\`, which the session does not run.",
        "unknown item": "The snapshot does not fit lesson \`pacing-basics\`: lesson \`pacing-basics\` has no item \`mood\`.",
        "unknown lesson": "The snapshot does not fit lesson \`pacing-basics\`: it has answers for \`check-in\`, which the session does not run.",
        "unknown practice": "The snapshot does not fit lesson \`pacing-basics\`: lesson \`pacing-basics\` has no practice \`yoga\`.",
        "unknown safety step": "The snapshot does not fit lesson \`pacing-basics\`: the safety lesson has no step \`nowhere\`.",
        "unknown step": "The snapshot does not fit lesson \`pacing-basics\`: lesson \`pacing-basics\` has no step \`nowhere\`.",
      }
    `);
  });

  it('does not keep references to the given object', () => {
    const snapshot = saved();
    const session = createSession(bundle, { ...sessionOptions(), snapshot });
    snapshot.state.answers['pacing-basics']!['pain-now'] = 9;
    expect(session.getSnapshot().state.answers['pacing-basics']!['pain-now']).toBe(3);
  });
});
