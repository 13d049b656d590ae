/**
 * The session records, appended in browser storage for this demo. A real
 * host sends them to its server (research data, coach alerts): `safety.alert`
 * records are what a coach or clinician must be told about.
 *
 * @module
 */

import type { SessionRecord } from '@copekit/engine';
import type { KeyValueStorage } from './storage.js';

/** An append-only record log of one participant. */
export interface RecordLog {
  append(record: SessionRecord): void;
  read(): SessionRecord[];
}

/**
 * The storage key of a participant's records.
 *
 * @example
 * ```ts
 * recordsKey('p-0042'); // 'copekit:records:p-0042'
 * ```
 */
export function recordsKey(participant: string): string {
  return `copekit:records:${encodeURIComponent(participant)}`;
}

/**
 * A log over `storage`. Unreadable stored logs are kept aside under
 * `<key>:unreadable` rather than overwritten.
 *
 * @example
 * ```ts
 * const log = createRecordLog(localStorage, 'p-0042');
 * session.onRecord((record) => log.append(record));
 * ```
 */
export function createRecordLog(storage: KeyValueStorage, participant: string): RecordLog {
  const key = recordsKey(participant);
  const read = (): SessionRecord[] => {
    const text = storage.getItem(key);
    if (text === null) return [];
    try {
      const records: unknown = JSON.parse(text);
      if (Array.isArray(records)) return records as SessionRecord[];
    } catch {
      // handled below
    }
    storage.setItem(`${key}:unreadable`, text);
    return [];
  };
  return {
    read,
    append(record) {
      try {
        storage.setItem(key, JSON.stringify([...read(), record]));
      } catch {
        // Storage is full or disabled; the session itself still holds its records.
      }
    },
  };
}
