import type { SessionSnapshot } from '@copekit/engine';
import { describe, expect, it } from 'vitest';
import { createSnapshotStore, memoryStorage, snapshotKey, type KeyValueStorage } from './storage.js';

const snapshot = (status: 'active' | 'completed' = 'active') => ({ lesson: 'daily-check-in', participant: 'p 1', state: { status } }) as unknown as SessionSnapshot;

describe('snapshotKey', () => {
  it('encodes participant and lesson', () => {
    expect(snapshotKey('p 1', 'daily-check-in')).toBe('copekit:snapshot:p%201:daily-check-in');
  });
});

describe('the snapshot store', () => {
  it('saves and loads a snapshot per participant and lesson', () => {
    const store = createSnapshotStore(memoryStorage());
    expect(store.load('p 1', 'daily-check-in')).toEqual({ status: 'none' });
    expect(store.save('p 1', 'daily-check-in', snapshot())).toBe(true);
    expect(store.load('p 1', 'daily-check-in')).toEqual({ status: 'saved', snapshot: snapshot() });
    expect(store.load('p 2', 'daily-check-in')).toEqual({ status: 'none' });
    store.remove('p 1', 'daily-check-in');
    expect(store.load('p 1', 'daily-check-in')).toEqual({ status: 'none' });
  });

  it('reports damaged data, and data of another lesson or person, without touching it', () => {
    const storage = memoryStorage();
    const store = createSnapshotStore(storage);
    const key = snapshotKey('p 1', 'daily-check-in');
    for (const text of ['{"lesson":', '[1]', 'null', '"text"']) {
      storage.setItem(key, text);
      expect(store.load('p 1', 'daily-check-in')).toEqual({ status: 'unreadable', problem: 'The saved progress is damaged.' });
      expect(storage.getItem(key)).toBe(text);
    }
    storage.setItem(key, JSON.stringify({ ...snapshot(), participant: 'someone else' }));
    expect(store.load('p 1', 'daily-check-in')).toEqual({ status: 'unreadable', problem: 'The saved progress belongs to another lesson or person.' });
  });

  it('says which lessons are in progress (saved and not completed)', () => {
    const store = createSnapshotStore(memoryStorage());
    expect(store.inProgress('p 1', 'daily-check-in')).toBe(false);
    store.save('p 1', 'daily-check-in', snapshot());
    expect(store.inProgress('p 1', 'daily-check-in')).toBe(true);
    store.save('p 1', 'daily-check-in', snapshot('completed'));
    expect(store.inProgress('p 1', 'daily-check-in')).toBe(false);
  });

  it('survives storage that refuses access: saving returns false, loading finds nothing', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = createSnapshotStore(broken);
    expect(store.save('p 1', 'daily-check-in', snapshot())).toBe(false);
    expect(store.load('p 1', 'daily-check-in')).toEqual({ status: 'none' });
    expect(() => store.remove('p 1', 'daily-check-in')).not.toThrow();
  });
});
