import { describe, expect, it } from 'vitest';
import { atCheck } from '../../test/fixtures/sessions.js';
import { openSnapshot } from './open-snapshot.js';
import { SnapshotError } from './snapshot-error.js';

const saved = () => JSON.parse(JSON.stringify(atCheck().getSnapshot())) as Record<string, unknown>;

function code(input: unknown): string {
  try {
    openSnapshot(input);
  } catch (error) {
    if (error instanceof SnapshotError) return error.code;
    throw error;
  }
  return 'opened';
}

describe('openSnapshot', () => {
  it('returns an equal copy of a sound snapshot', () => {
    const snapshot = saved();
    const opened = openSnapshot(snapshot);
    expect(opened).toEqual(snapshot);
    expect(opened.state).not.toBe(snapshot.state);
  });

  it('refuses another format version, another shape and a broken checksum', () => {
    expect(code({ ...saved(), schemaVersion: 2 })).toBe('unsupported-version');
    expect(code({ ...saved(), seq: -1 })).toBe('invalid-snapshot');
    expect(code(null)).toBe('invalid-snapshot');
    expect(code({ ...saved(), region: 'uk' })).toBe('checksum-mismatch');
  });
});
