import type { Bundle } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedBundle } from '../../test/support/shipped-bundle.js';
import { openProgram, programKey } from './program-store.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await shippedBundle();
});

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  } as Storage;
}

const clock = { now: () => Date.UTC(2026, 0, 5, 14) };
const options = (storage: Storage) => ({ bundle, storage, participant: 'p-1', timeZone: 'Europe/London', clock });

describe('openProgram', () => {
  it('starts a program, saves it on every record, and restores it with its sessions in progress', () => {
    const storage = memoryStorage();
    const first = openProgram(options(storage));
    if (!('program' in first)) throw new Error(first.problem);
    const opened = first.program.openCheckIn();
    expect(opened.accepted).toBe(true);
    // Opening writes no record: the page saves right after it.
    expect(first.save()).toBe(true);
    const saved = JSON.parse(storage.getItem(programKey('p-1'))!) as { state: { open: unknown[] } };
    expect(saved.state.open).toHaveLength(1);
    const again = openProgram(options(storage));
    if (!('program' in again)) throw new Error(again.problem);
    expect(again.program.getOpenSessions().map((session) => session.lesson)).toEqual(['daily-check-in']);
    expect(again.program.getSnapshot()).toEqual(first.program.getSnapshot());
  });

  it('reports a snapshot it cannot restore, and starts over only when asked', () => {
    const storage = memoryStorage();
    storage.setItem(programKey('p-1'), '{"not":"a snapshot"}');
    const opened = openProgram(options(storage));
    expect(opened).toMatchObject({ problem: 'Your saved program could not be read.' });
    expect(storage.getItem(programKey('p-1'))).toBe('{"not":"a snapshot"}');
    if (!('startOver' in opened)) throw new Error('restored');
    const fresh = opened.startOver();
    expect('program' in fresh && fresh.program.getModel().state.checkIns).toEqual([]);
    expect(JSON.parse(storage.getItem(programKey('p-1'))!)).toMatchObject({ participant: 'p-1', schemaVersion: 1 });
  });
});
