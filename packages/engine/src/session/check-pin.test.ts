import type { Bundle, ContentPin } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { bundle, withChangedLesson } from '../../test/fixtures/bundle.js';
import { atCheck, sessionOptions } from '../../test/fixtures/sessions.js';
import { SnapshotError } from '../snapshot/snapshot-error.js';
import { checkPin } from './check-pin.js';
import { createSession } from './create-session.js';
import { SessionError } from './session-error.js';

/** The pin of `pinned`, shaped like a lockfile (extra fields included). */
function pinOf(pinned: Bundle): ContentPin & { lockfileVersion: 1; engineVersion: string } {
  return {
    lockfileVersion: 1,
    curriculum: { id: pinned.curriculum.id, version: pinned.curriculum.version },
    bundleHash: pinned.hash,
    lessons: Object.fromEntries(pinned.lessons.map((lesson) => [lesson.id, lesson.hash])),
    engineVersion: '0.1.0',
  };
}

function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('nothing was thrown');
}

describe('checkPin', () => {
  it('accepts the pinned bundle', () => {
    expect(() => checkPin(bundle, pinOf(bundle))).not.toThrow();
  });

  it('refuses another version, naming both versions and the lessons that differ', () => {
    const error = thrown(() => checkPin(withChangedLesson('pacing-basics'), pinOf(bundle)));
    expect(error).toBeInstanceOf(SessionError);
    expect((error as SessionError).code).toBe('pin-mismatch');
    expect(error.message).toMatchInlineSnapshot(
      `"The bundle is copekit-test 1.3.0 (sha256:8888888888888888888888888888888888888888888888888888888888888888), but the session is pinned to copekit-test 1.2.0 (sha256:9999999999999999999999999999999999999999999999999999999999999999). Lessons that differ: pacing-basics. Run the session with the pinned bundle, or pin the new content on purpose (\`copekit lock\`)."`,
    );
  });

  it('names lessons only the pin or only the bundle has', () => {
    const pin = pinOf(bundle);
    delete pin.lessons['check-in'];
    pin.lessons['extra-lesson'] = bundle.hash;
    expect(thrown(() => checkPin(bundle, pin)).message).toContain('Lessons that differ: check-in, extra-lesson.');
  });

  it('refuses a bundle whose hash or version alone differs', () => {
    const rehashed = { ...bundle, hash: 'sha256:1111111111111111111111111111111111111111111111111111111111111111' };
    expect(thrown(() => checkPin(rehashed, pinOf(bundle))).message).not.toContain('Lessons that differ');
    const renumbered = { ...bundle, curriculum: { ...bundle.curriculum, version: '1.2.1' } };
    expect((thrown(() => checkPin(renumbered, pinOf(bundle))) as SessionError).code).toBe('pin-mismatch');
  });
});

describe('pinned sessions', () => {
  it('start with the pinned bundle and say so in their snapshots', () => {
    const session = createSession(bundle, { ...sessionOptions(), pin: pinOf(bundle) });
    expect(session.getSnapshot().pinned).toBe(true);
    expect(createSession(bundle, sessionOptions()).getSnapshot()).not.toHaveProperty('pinned');
  });

  it('refuse another bundle at creation and when restoring', () => {
    const changed = withChangedLesson('pacing-basics');
    expect((thrown(() => createSession(changed, { ...sessionOptions(), pin: pinOf(bundle) })) as SessionError).code).toBe('pin-mismatch');
    const snapshot = atCheck().getSnapshot();
    const error = thrown(() => createSession(changed, { ...sessionOptions(), snapshot, pin: pinOf(bundle) })) as SessionError;
    expect([error.name, error.code]).toEqual(['SessionError', 'pin-mismatch']);
    expect(error.message).toContain('Lessons that differ: pacing-basics.');
  });

  it('restore with their pin and stay pinned; a pin given on restore pins the session', () => {
    const pinned = createSession(bundle, { ...sessionOptions(), pin: pinOf(bundle) }).getSnapshot();
    expect(createSession(bundle, { ...sessionOptions(), snapshot: pinned }).getSnapshot().pinned).toBe(true);
    const unpinned = atCheck().getSnapshot();
    expect(createSession(bundle, { ...sessionOptions(), snapshot: unpinned, pin: pinOf(bundle) }).getSnapshot()).toMatchObject({ pinned: true, state: { step: 'check' } });
  });

  it('restore only into the bundle they ran, even when the lesson is unchanged', () => {
    const pinned = createSession(bundle, { ...sessionOptions(), pin: pinOf(bundle) }).getSnapshot();
    const otherLesson = withChangedLesson('check-in');
    // An unpinned snapshot restores into a version whose lesson is unchanged...
    expect(() => createSession(otherLesson, { ...sessionOptions(), snapshot: atCheck().getSnapshot() })).not.toThrow();
    // ...a pinned one does not.
    const error = thrown(() => createSession(otherLesson, { ...sessionOptions(), snapshot: pinned }));
    expect(error).toBeInstanceOf(SnapshotError);
    expect((error as SnapshotError).code).toBe('pinned-content');
    expect(error.message).toContain('copekit-test 1.2.0');
    expect(error.message).toContain('1.3.0');
  });

  it('refuse a pin option that is not a pin', () => {
    const error = thrown(() => createSession(bundle, { ...sessionOptions(), pin: 'copekit.lock.json' as unknown as ContentPin })) as SessionError;
    expect([error.code, error.message]).toEqual(['invalid-options', 'createSession: `pin` must be a content pin such as a parsed lockfile.']);
  });
});
