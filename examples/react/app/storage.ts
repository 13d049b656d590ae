/**
 * The saved session of a participant's lesson, in browser storage.
 *
 * @module
 */

import type { SessionSnapshot } from '@copekit/engine';

/** The part of the Web Storage API used (`localStorage` fits). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where a lesson's snapshot is kept. */
export function snapshotKey(participant: string, lesson: string): string {
  return `copekit-react:${encodeURIComponent(participant)}:${encodeURIComponent(lesson)}`;
}

/**
 * The saved snapshot: `undefined` when there is none, or the parsed JSON
 * (checked by the engine when the session restores it). Unparseable text is
 * passed on as is, so the engine refuses it and the page can ask what to do.
 */
export function loadSnapshot(storage: KeyValueStorage, participant: string, lesson: string): unknown {
  const text = storage.getItem(snapshotKey(participant, lesson));
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Saves a snapshot; `false` when storage refused it. */
export function saveSnapshot(storage: KeyValueStorage, snapshot: SessionSnapshot): boolean {
  try {
    storage.setItem(snapshotKey(snapshot.participant, snapshot.lesson), JSON.stringify(snapshot));
    return true;
  } catch {
    return false;
  }
}
