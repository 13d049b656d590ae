/**
 * The participant's program in browser storage: created on the first visit,
 * restored from its snapshot afterwards (sessions in progress included), and
 * saved after every change. A snapshot that cannot be restored is reported,
 * never replaced without the participant's say.
 *
 * @module
 */

import type { Clock } from '@copekit/engine';
import { createProgram, ProgramSnapshotError, type Program } from '@copekit/program';
import type { Bundle } from '@copekit/schema';
import type { KeyValueStorage } from '../storage.js';

/**
 * The storage key of a participant's program snapshot.
 *
 * @example
 * ```ts
 * programKey('p-0042'); // 'copekit:program:p-0042'
 * ```
 */
export function programKey(participant: string): string {
  return `copekit:program:${encodeURIComponent(participant)}`;
}

/** Options of {@link openProgram}. */
export interface ProgramStoreOptions {
  bundle: Bundle;
  storage: KeyValueStorage;
  participant: string;
  /** IANA time zone of the participant (the browser's). */
  timeZone: string;
  clock?: Clock;
}

/** The program, saved on every record (call `save()` after other changes, such as opening a session), or why the saved one cannot be used. */
export type OpenedProgram = { program: Program; save(): boolean } | { problem: string; startOver(): OpenedProgram };

/**
 * The participant's program: restored from storage, or started today.
 *
 * @example
 * ```ts
 * const opened = openProgram({ bundle, storage: localStorage, participant: 'demo', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
 * if ('program' in opened) render(opened.program.getOverview());
 * ```
 */
export function openProgram(options: ProgramStoreOptions): OpenedProgram {
  const { bundle, storage, participant, timeZone } = options;
  const key = programKey(participant);
  const base = { participant, mode: 'self-directed' as const, timeZone, ...(options.clock === undefined ? {} : { clock: options.clock }) };
  const ready = (program: Program): OpenedProgram => {
    const save = (): boolean => {
      try {
        storage.setItem(key, JSON.stringify(program.getSnapshot()));
        return true;
      } catch {
        return false;
      }
    };
    program.onRecord(() => void save());
    program.tick();
    save();
    return { program, save };
  };
  const startOver = (): OpenedProgram => {
    storage.removeItem(key);
    return ready(createProgram(bundle, base));
  };
  let text: string | null = null;
  try {
    text = storage.getItem(key);
  } catch {
    text = null;
  }
  if (text === null) return ready(createProgram(bundle, base));
  try {
    return ready(createProgram(bundle, { ...base, snapshot: JSON.parse(text) as unknown }));
  } catch (error) {
    if (error instanceof SyntaxError) return { problem: 'Your saved program could not be read.', startOver };
    if (error instanceof ProgramSnapshotError) {
      const problem = error.code === 'bundle-mismatch' ? 'Your saved program was made with another version of the lessons.' : 'Your saved program could not be read.';
      return { problem, startOver };
    }
    throw error;
  }
}
