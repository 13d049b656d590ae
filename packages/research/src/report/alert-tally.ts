/**
 * One participant's safety alerts for the adherence report: raised by a risk
 * answer that started the safety flow (engine `safety.alert`, or program
 * `alert.raised`), acknowledged by the participant (`safety.acknowledged`),
 * resolved by a coach (`coach.resolved-alert`).
 *
 * @module
 */

import type { AlertRaisedRecord, CoachResolvedAlertRecord, SessionRecord } from '@copekit/schema';
import type { SafetyAlertEvent, SafetySummary } from './adherence-types.js';

type EngineAlert = Extract<SessionRecord, { type: 'safety.alert' }>;
type Acknowledged = Extract<SessionRecord, { type: 'safety.acknowledged' }>;

/**
 * Alerts by id (`<session>#<seq of the safety.alert record>`, the id the
 * program gives them), so an alert read from both the engine and the program
 * record is counted once, whichever comes first.
 */
export class AlertTally {
  readonly #alerts = new Map<string, SafetyAlertEvent>();
  /** Ids of risk answers given inside a running safety flow: not alerts of their own. */
  readonly #inFlow = new Set<string>();

  /** A risk answer in a session. */
  engineAlert(record: EngineAlert): void {
    const id = `${record.session}#${record.seq}`;
    if (!record.payload.started) {
      this.#alerts.delete(id);
      this.#inFlow.add(id);
      return;
    }
    this.#raise(id, record.at, record.session, record.payload.lesson, record.payload.item);
  }

  /** The program's alert for the coach, raised from a session's `safety.alert`. */
  programAlert(record: AlertRaisedRecord): void {
    const { alert, session, lesson, item } = record.payload;
    if (!this.#inFlow.has(alert)) this.#raise(alert, record.at, session, lesson, item);
  }

  /** The participant acknowledged the crisis information: every alert of the session not yet acknowledged is. */
  acknowledged(record: Acknowledged): void {
    for (const alert of this.#alerts.values()) {
      if (alert.session === record.session && alert.acknowledged === null) alert.acknowledged = iso(record.at);
    }
  }

  /** A coach resolved an alert (the first resolution counts). */
  resolved(record: CoachResolvedAlertRecord): void {
    const alert = this.#alerts.get(record.payload.alert);
    if (alert !== undefined && alert.resolved === null) {
      alert.resolved = iso(record.at);
      alert.resolvedBy = record.payload.coach;
    }
  }

  /** The participant's safety summary, alerts in time order. */
  summary(): SafetySummary {
    const events = [...this.#alerts.values()].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    const acknowledged = events.filter((alert) => alert.acknowledged !== null).length;
    const resolved = events.filter((alert) => alert.resolved !== null).length;
    return { alerts: events.length, acknowledged, unacknowledged: events.length - acknowledged, resolved, unresolved: events.length - resolved, events };
  }

  #raise(id: string, at: number, session: string, lesson: string, item: string): void {
    if (this.#alerts.has(id)) return;
    this.#alerts.set(id, { alert: id, time: iso(at), session, lesson, item, acknowledged: null, resolved: null, resolvedBy: null });
  }
}

/** ISO 8601 time of a clock value. */
export function iso(at: number): string {
  return new Date(at).toISOString();
}
