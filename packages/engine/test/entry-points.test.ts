/**
 * The built entry points are bundled one by one (no shared chunk), so each
 * holds its own copy of shared classes; errors must still be recognised
 * across them. Reads `dist/` (built by `pnpm build` before the tests).
 */
import { describe, expect, it } from 'vitest';

const main = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');
const snapshot = (await import(new URL('../dist/snapshot.js', import.meta.url).href)) as typeof import('../src/snapshot-entry.js');

describe('the built entry points', () => {
  it('bundle each entry whole, without a shared chunk', () => {
    expect(main.SnapshotError).not.toBe(snapshot.SnapshotError);
  });

  it('recognise a snapshot error thrown by either entry as a SnapshotError of the other', () => {
    let thrown: unknown;
    try {
      snapshot.openSnapshot({ schemaVersion: 1 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(main.SnapshotError);
    expect(thrown).toBeInstanceOf(snapshot.SnapshotError);
    expect(new main.SnapshotError('invalid-state', 'x')).toBeInstanceOf(snapshot.SnapshotError);
  });

  it('recognise nothing else as a SnapshotError', () => {
    expect(new Error('x')).not.toBeInstanceOf(main.SnapshotError);
    expect(new main.SessionError('invalid-options', 'x')).not.toBeInstanceOf(main.SnapshotError);
    expect(null).not.toBeInstanceOf(main.SnapshotError);
    expect({ code: 'invalid-state', name: 'SnapshotError' }).not.toBeInstanceOf(main.SnapshotError);
  });
});
