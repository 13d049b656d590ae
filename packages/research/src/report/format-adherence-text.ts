/**
 * The adherence report as readable text.
 *
 * @module
 */

import type { AdherenceReport, ParticipantAdherence } from './adherence-types.js';

/**
 * A readable summary of an adherence report: the plan, the trial overall,
 * then one block per participant, with every safety alert listed and marked
 * when it was not acknowledged, and when a coach resolved it.
 *
 * @example
 * ```ts
 * console.log(formatAdherenceText(await adherenceReport(records, bundle)));
 * // Adherence report: copekit-chronic-pain 1.0.0 (sha256:…)
 * // Planned: 8 sessions (240 min), daily check-in `daily-check-in`
 * // …
 * ```
 */
export function formatAdherenceText(report: AdherenceReport): string {
  const { curriculum, planned, overall } = report;
  const lines = [
    `Adherence report: ${curriculum.id} ${curriculum.version} (${curriculum.hash})`,
    `Planned: ${count(planned.sessions.length, 'session')} (${planned.sessionMinutes} min)${planned.checkIn === null ? '' : `, daily check-in \`${planned.checkIn}\``}`,
    '',
    `Overall (${count(overall.participants, 'participant')})`,
    `  Sessions completed: ${overall.sessions.completed} of ${overall.sessions.planned * overall.participants}${percent(overall.sessions.completed, overall.sessions.planned * overall.participants)}, mean ${overall.sessions.mean} per participant; ${overall.sessions.completedAll} of ${overall.participants} completed all ${overall.sessions.planned}`,
    `  Check-ins: ${overall.checkIns.done} done, ${overall.checkIns.perParticipantWeek} per participant-week`,
    `  Practice: ${overall.practice.minutes} min, ${overall.practice.perParticipantWeek} min per participant-week${overall.practice.logged.practices === 0 ? '' : `; logged: ${count(overall.practice.logged.practices, 'practice')}, ${overall.practice.logged.minutes} min, ${overall.practice.logged.perParticipantWeek} min per participant-week`}`,
    `  Time in lessons: ${overall.lessons.minutes} min, ${overall.lessons.perParticipant} min per participant`,
    `  Safety alerts: ${alerts(overall.safety.alerts, overall.safety.unacknowledged, overall.safety.resolved)}`,
  ];
  for (const participant of report.participants) lines.push('', ...participantLines(participant));
  return lines.join('\n');
}

function participantLines(participant: ParticipantAdherence): string[] {
  const { sessions, checkIns, practice, lessons, safety } = participant;
  const lines = [
    `${participant.participant} (${participant.modes.join(', ') || 'mode unknown'}; ${participant.first.slice(0, 10)} to ${participant.last.slice(0, 10)}, ${count(participant.weeks, 'week')}; version ${participant.versions.join(', ')})`,
    `  Sessions: ${sessions.completed} of ${sessions.planned} completed${percent(sessions.completed, sessions.planned)}`,
    `  Check-ins: ${checkIns.done} done on ${count(checkIns.days, 'day')} (${checkIns.perWeek} per week)`,
    `  Practice: ${practice.minutes} min (${practice.perWeek} per week; by week: ${practice.byWeek.join(', ')})${practice.reportedMinutes === null ? '' : `; ${practice.reportedMinutes} min reported in check-ins`}`,
    ...(practice.logged.practices === 0
      ? []
      : [`  Practice logged: ${count(practice.logged.practices, 'practice')}, ${practice.logged.minutes} min (${practice.logged.perWeek} per week; by week: ${practice.logged.byWeek.join(', ')})`]),
    `  Time in lessons: ${lessons.minutes} min in ${count(lessons.started, 'lesson session')} (${lessons.completed} completed)`,
    `  Safety alerts: ${alerts(safety.alerts, safety.unacknowledged, safety.resolved)}`,
  ];
  for (const alert of safety.events) {
    const outcome = alert.acknowledged === null ? '⚠ NOT acknowledged' : `acknowledged ${alert.acknowledged}`;
    const resolution = alert.resolved === null ? '' : `; resolved ${alert.resolved} by ${alert.resolvedBy}`;
    lines.push(`    - ${alert.time} ${alert.lesson}.${alert.item} (session ${alert.session}): ${outcome}${resolution}`);
  }
  return lines;
}

function alerts(total: number, unacknowledged: number, resolved: number): string {
  if (total === 0) return 'none';
  return `${total}, ${total - unacknowledged} acknowledged${unacknowledged === 0 ? '' : `, ⚠ ${unacknowledged} not acknowledged`}, ${resolved} resolved by a coach`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '' : ` (${Math.round((part / whole) * 100)}%)`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
