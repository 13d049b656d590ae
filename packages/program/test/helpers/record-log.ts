/**
 * What a host writes to its records file: every program record and every
 * record of the sessions the program opens, in the order they were written.
 */

import type { Session } from '@copekit/engine';
import type { ProgramRecord, SessionRecord } from '@copekit/schema';
import type { OpenResult, Program } from '../../src/index.js';

/** Engine and program records, as one log. */
export type LoggedRecord = SessionRecord | ProgramRecord;

/**
 * Logs `program`'s records (those written so far, such as `program.started`,
 * then each new one) and those of each session it opens from now on (also
 * the records a session wrote before the host got hold of it) into `log`, as
 * a host logging to one file would.
 */
export function recordAll(program: Program, log: LoggedRecord[]): void {
  log.push(...program.getRecords());
  program.onRecord((record) => log.push(record));
  const followed = new WeakSet<Session>();
  const follow = (opened: OpenResult): OpenResult => {
    if (opened.accepted && !followed.has(opened.session)) {
      followed.add(opened.session);
      log.push(...opened.session.getRecords());
      opened.session.onRecord((record) => log.push(record));
    }
    return opened;
  };
  const { openSession, openCheckIn } = program;
  program.openSession = (lesson) => follow(openSession.call(program, lesson));
  program.openCheckIn = () => follow(openCheckIn.call(program));
}
