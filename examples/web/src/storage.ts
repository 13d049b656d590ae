/**
 * Session snapshots in browser storage, one per participant and lesson.
 * What is read back is checked before use: unreadable data is reported, never
 * repaired or silently replaced, and is deleted only when the participant
 * agrees to start over.
 *
 * @module
 */

import type { SessionSnapshot } from '@copekit/engine';

/** The part of the Web Storage API the store uses (`localStorage` fits). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What `load` found. */
export type SavedSession =
  | { status: 'none' }
  | { status: 'saved'; snapshot: unknown }
  /** Something is stored but cannot be used; `problem` says why, for the participant. */
  | { status: 'unreadable'; problem: string };

/** Snapshots by participant and lesson. */
export interface SnapshotStore {
  load(participant: string, lesson: string): SavedSession;
  /** Returns `false` when storage refused the write (full or disabled). */
  save(participant: string, lesson: string, snapshot: SessionSnapshot): boolean;
  remove(participant: string, lesson: string): void;
  /** Whether a saved session of the lesson is not completed yet. */
  inProgress(participant: string, lesson: string): boolean;
}

/**
 * The storage key of a snapshot.
 *
 * @example
 * ```ts
 * snapshotKey('p-0042', 'daily-check-in'); // 'copekit:snapshot:p-0042:daily-check-in'
 * ```
 */
export function snapshotKey(participant: string, lesson: string): string {
  return `copekit:snapshot:${encodeURIComponent(participant)}:${encodeURIComponent(lesson)}`;
}

/**
 * A store over `storage`.
 *
 * @example
 * ```ts
 * const store = createSnapshotStore(localStorage);
 * session.subscribe(() => store.save(participant, lesson, session.getSnapshot()));
 * ```
 */
export function createSnapshotStore(storage: KeyValueStorage): SnapshotStore {
  const read = (participant: string, lesson: string): SavedSession => {
    let text: string | null;
    try {
      text = storage.getItem(snapshotKey(participant, lesson));
    } catch {
      return { status: 'none' };
    }
    if (text === null) return { status: 'none' };
    let snapshot: unknown;
    try {
      snapshot = JSON.parse(text);
    } catch {
      return { status: 'unreadable', problem: 'The saved progress is damaged.' };
    }
    if (typeof snapshot !== 'object' || snapshot === null || Array.isArray(snapshot)) return { status: 'unreadable', problem: 'The saved progress is damaged.' };
    const { lesson: savedLesson, participant: savedParticipant } = snapshot as { lesson?: unknown; participant?: unknown };
    if (savedLesson !== lesson || savedParticipant !== participant) return { status: 'unreadable', problem: 'The saved progress belongs to another lesson or person.' };
    return { status: 'saved', snapshot };
  };
  return {
    load: read,
    save(participant, lesson, snapshot) {
      try {
        storage.setItem(snapshotKey(participant, lesson), JSON.stringify(snapshot));
        return true;
      } catch {
        return false;
      }
    },
    remove(participant, lesson) {
      try {
        storage.removeItem(snapshotKey(participant, lesson));
      } catch {
        // Storage is disabled: there is nothing to remove.
      }
    },
    inProgress(participant, lesson) {
      const saved = read(participant, lesson);
      if (saved.status !== 'saved') return false;
      const state = (saved.snapshot as { state?: { status?: unknown } }).state;
      return state?.status !== 'completed';
    },
  };
}

/**
 * `localStorage` when the browser allows it, else a memory store (private
 * modes and disabled storage throw on access); `persistent` says which.
 */
export function browserStorage(): { storage: KeyValueStorage; persistent: boolean } {
  try {
    const storage = window.localStorage;
    const probe = 'copekit:probe';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return { storage, persistent: true };
  } catch {
    return { storage: memoryStorage(), persistent: false };
  }
}

/** A storage that forgets everything when the page closes. */
export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}
