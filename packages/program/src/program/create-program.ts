/**
 * `createProgram`: starts or resumes a program for a host.
 *
 * @module
 */

import { SnapshotError } from '@copekit/engine';
import type { Bundle } from '@copekit/schema';
import { programPlan } from '../plan/program-plan.js';
import { resolvePreferences } from '../reminders/preferences.js';
import { ProgramSnapshotError } from '../snapshot/program-snapshot-error.js';
import { restoreSnapshot } from '../snapshot/restore-snapshot.js';
import { initialState } from '../state/initial-state.js';
import type { ProgramSettings } from '../state/program-model.js';
import { localDate } from '../time/zoned-time.js';
import type { Program } from './program.js';
import { ProgramError } from './program-error.js';
import { checkProgramOptions, type ProgramOptions } from './program-options.js';
import { RunningProgram } from './running-program.js';

/**
 * Starts a program, or resumes one from a snapshot.
 *
 * Throws a `ProgramError` for a bundle whose program cannot run or bad
 * options, and a `ProgramSnapshotError` for a snapshot it cannot restore
 * exactly (another bundle, a corrupt checksum, another participant or mode…).
 *
 * @example
 * ```ts
 * import { createProgram } from '@copekit/program';
 *
 * let now = Date.UTC(2026, 0, 5, 14);
 * const program = createProgram(bundle, {
 *   participant: 'p-0042',
 *   mode: 'self-directed',
 *   timeZone: 'America/New_York',
 *   startDate: '2026-01-05',
 *   clock: { now: () => now },
 * });
 * program.getOverview().next?.status; // => 'available'
 * const opened = program.openSession('pain-and-relaxation');
 * if (opened.accepted) opened.session.send({ type: 'next' });
 * ```
 */
export function createProgram(bundle: Bundle, options: ProgramOptions): Program {
  checkProgramOptions(options);
  const plan = programPlan(bundle);
  const preferences = resolvePreferences(options.preferences);
  if (typeof preferences === 'string') throw new ProgramError('invalid-options', `createProgram: ${preferences}.`);
  const clock = options.clock;
  if (options.snapshot !== undefined) {
    const snapshot = restoreSnapshot(plan, options.snapshot, { participant: options.participant, mode: options.mode });
    const { program, participant, mode, region, timeZone, startDate, startedAt } = snapshot;
    const settings: ProgramSettings = { program, participant, mode, region, timeZone, startDate, startedAt, preferences };
    try {
      return new RunningProgram({ clock, restored: { model: { plan, settings, state: snapshot.state }, seq: snapshot.seq, sessions: snapshot.sessions } });
    } catch (error) {
      if (error instanceof SnapshotError) throw new ProgramSnapshotError('invalid-state', `A session in progress cannot be restored: ${error.message}`);
      throw error;
    }
  }
  const startedAt = (clock ?? { now: () => Date.now() }).now();
  if (typeof startedAt !== 'number' || !Number.isFinite(startedAt)) {
    throw new ProgramError('invalid-clock', `The clock returned ${String(startedAt)}; \`now()\` must return milliseconds as a finite number.`);
  }
  const region = regionOf(bundle, options.region);
  const settings: ProgramSettings = {
    program: options.program ?? `${options.participant}/${bundle.curriculum.id}`,
    participant: options.participant,
    mode: options.mode,
    region,
    timeZone: options.timeZone,
    startDate: options.startDate ?? localDate(startedAt, options.timeZone),
    startedAt,
    preferences,
  };
  return new RunningProgram({ clock, initial: { plan, settings, state: initialState(plan) } });
}

/** The region the sessions show: the one asked for when the curriculum has it, else its default. */
function regionOf(bundle: Bundle, region: string | undefined): string {
  const { crisis } = bundle.curriculum;
  return region !== undefined && crisis.regions.some((one) => one.id === region) ? region : crisis.defaultRegion;
}
