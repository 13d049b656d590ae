/**
 * The adherence and dose report: sessions completed of those planned,
 * practice minutes per week, check-ins, time in lessons and safety alerts,
 * per participant and overall.
 *
 * @module
 */

import type { Bundle, ProgramRecord, SessionRecord } from '@copekit/schema';
import type { AdherenceReport, OverallAdherence, ParticipantAdherence } from './adherence-types.js';
import { ParticipantTally, round, tallyPlan } from './participant-tally.js';

/** Options of {@link adherenceReport}. */
export interface AdherenceOptions {
  /**
   * A gap longer than this between two records of one session is not counted
   * as time in the lesson (the participant put the device down). Default 30.
   */
  idleMinutes?: number;
}

/** A record the report reads: engine and program records count; anything else with a `type` is skipped. */
export type AdherenceInput = SessionRecord | ProgramRecord | { type: string; participant?: unknown };

/**
 * Reads records (in time order, any number of participants and sessions,
 * interleaved or not) and reports the dose each participant received against
 * the program of `bundle`: sessions completed of those planned, check-ins
 * done, practice minutes per week, active time in lessons, and every safety
 * alert with whether its crisis information was acknowledged and a coach
 * resolved it. Engine records (`@copekit/engine`) and program records
 * (`@copekit/program`) can be mixed: a session or check-in completion, or an
 * alert, read from both is counted once. Holds one small tally per
 * participant, so it streams over large files. Records of types it does not
 * know are skipped.
 *
 * @example
 * ```ts
 * import { adherenceReport, formatAdherenceText, readRecords } from '@copekit/research';
 * // createReadStream comes from node:fs; any async iterable of text chunks works.
 *
 * async function* records() {
 *   for await (const { record } of readRecords(createReadStream('records.jsonl'))) yield record;
 * }
 * const report = await adherenceReport(records(), bundle);
 * console.log(formatAdherenceText(report));
 * ```
 */
export async function adherenceReport(
  records: AsyncIterable<AdherenceInput> | Iterable<AdherenceInput>,
  bundle: Bundle,
  options: AdherenceOptions = {},
): Promise<AdherenceReport> {
  const plan = tallyPlan(bundle, options.idleMinutes ?? 30);
  const tallies = new Map<string, ParticipantTally>();
  const tallyOf = (participant: string) => {
    let tally = tallies.get(participant);
    if (tally === undefined) {
      tally = new ParticipantTally(participant, plan);
      tallies.set(participant, tally);
    }
    return tally;
  };
  for await (const input of records) {
    if (isSessionRecord(input)) tallyOf(input.participant).add(input);
    else if (isProgramRecord(input)) tallyOf(input.participant).addProgram(input);
  }
  const participants = [...tallies.keys()].sort().map((id) => tallies.get(id)!.result());
  const { program } = bundle.curriculum;
  return {
    reportVersion: 1,
    curriculum: { id: bundle.curriculum.id, version: bundle.curriculum.version, hash: bundle.hash },
    planned: {
      sessions: program.sessions,
      sessionMinutes: bundle.lessons.filter((lesson) => program.sessions.includes(lesson.id)).reduce((sum, lesson) => sum + lesson.minutes, 0),
      checkIn: program.checkIn ?? null,
      practiceMinutesMeasure: program.measures?.practiceMinutes ?? null,
    },
    participants,
    overall: overall(participants, program.sessions.length),
  };
}

const recordTypes = new Set<string>([
  'session.started',
  'step.entered',
  'item.answered',
  'item.skipped',
  'instrument.scored',
  'practice.started',
  'practice.paused',
  'practice.resumed',
  'practice.completed',
  'safety.alert',
  'safety.acknowledged',
  'lesson.completed',
  'session.exited',
  'session.resumed',
  'event.rejected',
] satisfies SessionRecord['type'][]);

const programRecordTypes = new Set<string>([
  'program.started',
  'session.unlocked',
  'session.opened',
  'session.completed',
  'check-in.completed',
  'homework.assigned',
  'homework.logged',
  'feedback.chosen',
  'alert.raised',
  'reminder.sent',
  'program.completed',
  'coach.unlocked',
  'coach.resolved-alert',
  'coach.reviewed-homework',
  'coach.contacted',
] satisfies ProgramRecord['type'][]);

function isSessionRecord(input: AdherenceInput): input is SessionRecord {
  return recordTypes.has(input.type) && typeof input.participant === 'string';
}

function isProgramRecord(input: AdherenceInput): input is ProgramRecord {
  return programRecordTypes.has(input.type) && typeof input.participant === 'string';
}

function overall(participants: readonly ParticipantAdherence[], planned: number): OverallAdherence {
  const sum = (pick: (participant: ParticipantAdherence) => number) => participants.reduce((total, participant) => total + pick(participant), 0);
  const count = participants.length;
  const weeks = sum((participant) => participant.weeks);
  const completed = sum((participant) => participant.sessions.completed);
  const per = (total: number, by: number) => (by === 0 ? 0 : round(total / by));
  return {
    participants: count,
    sessions: {
      planned,
      completed,
      mean: per(completed, count),
      completedAll: participants.filter((participant) => planned > 0 && participant.sessions.completed === planned).length,
    },
    checkIns: { done: sum((participant) => participant.checkIns.done), perParticipantWeek: per(sum((participant) => participant.checkIns.done), weeks) },
    practice: {
      minutes: round(sum((participant) => participant.practice.minutes)),
      perParticipantWeek: per(sum((participant) => participant.practice.minutes), weeks),
      logged: {
        practices: sum((participant) => participant.practice.logged.practices),
        minutes: round(sum((participant) => participant.practice.logged.minutes)),
        perParticipantWeek: per(sum((participant) => participant.practice.logged.minutes), weeks),
      },
    },
    lessons: { minutes: round(sum((participant) => participant.lessons.minutes)), perParticipant: per(sum((participant) => participant.lessons.minutes), count) },
    safety: {
      alerts: sum((participant) => participant.safety.alerts),
      acknowledged: sum((participant) => participant.safety.acknowledged),
      unacknowledged: sum((participant) => participant.safety.unacknowledged),
      resolved: sum((participant) => participant.safety.resolved),
      unresolved: sum((participant) => participant.safety.unresolved),
    },
  };
}
