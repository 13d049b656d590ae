import type { ProgramRecord, SessionRecord } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { AlertTally } from './alert-tally.js';

const t0 = Date.UTC(2026, 0, 5, 9);
const session = 's-1';

const engineAlert = (seq: number, minutes: number, started: boolean) =>
  ({ type: 'safety.alert', seq, at: t0 + minutes * 60_000, session, payload: { lesson: 'weekly-mood', item: 'self-harm-thoughts', value: 'yes', started } }) as Extract<SessionRecord, { type: 'safety.alert' }>;
const raised = (seq: number, minutes: number) =>
  ({ type: 'alert.raised', at: t0 + minutes * 60_000, payload: { alert: `${session}#${seq}`, session, lesson: 'weekly-mood', item: 'self-harm-thoughts' } }) as Extract<ProgramRecord, { type: 'alert.raised' }>;
const acknowledged = (minutes: number) => ({ type: 'safety.acknowledged', at: t0 + minutes * 60_000, session }) as Extract<SessionRecord, { type: 'safety.acknowledged' }>;
const resolved = (seq: number, minutes: number, coach: string) =>
  ({ type: 'coach.resolved-alert', at: t0 + minutes * 60_000, payload: { coach, alert: `${session}#${seq}` } }) as Extract<ProgramRecord, { type: 'coach.resolved-alert' }>;
const iso = (minutes: number) => new Date(t0 + minutes * 60_000).toISOString();

describe('AlertTally', () => {
  it('counts an alert read from the program and the engine record once, in either order', () => {
    for (const order of [
      [engineAlert(3, 0, true), raised(3, 0)],
      [raised(3, 0), engineAlert(3, 0, true)],
    ] as const) {
      const tally = new AlertTally();
      for (const record of order) {
        if (record.type === 'alert.raised') tally.programAlert(record);
        else tally.engineAlert(record);
      }
      expect(tally.summary()).toMatchObject({ alerts: 1, unacknowledged: 1, unresolved: 1, events: [{ alert: 's-1#3', time: iso(0) }] });
    }
  });

  it('leaves out a risk answer given inside a running safety flow, also when the program raised it first', () => {
    const tally = new AlertTally();
    tally.engineAlert(engineAlert(3, 0, true));
    tally.programAlert(raised(3, 0));
    tally.programAlert(raised(7, 2));
    tally.engineAlert(engineAlert(7, 2, false));
    tally.programAlert(raised(7, 2));
    expect(tally.summary().events.map((event) => event.alert)).toEqual(['s-1#3']);
  });

  it('records the acknowledgement and the first coach resolution, ignoring unknown alerts', () => {
    const tally = new AlertTally();
    tally.engineAlert(engineAlert(3, 0, true));
    tally.acknowledged(acknowledged(1));
    tally.resolved(resolved(9, 60, 'c-9'));
    tally.resolved(resolved(3, 120, 'c-1'));
    tally.resolved(resolved(3, 180, 'c-2'));
    expect(tally.summary()).toEqual({
      alerts: 1,
      acknowledged: 1,
      unacknowledged: 0,
      resolved: 1,
      unresolved: 0,
      events: [{ alert: 's-1#3', time: iso(0), session, lesson: 'weekly-mood', item: 'self-harm-thoughts', acknowledged: iso(1), resolved: iso(120), resolvedBy: 'c-1' }],
    });
  });

  it('acknowledges only the alerts raised before the acknowledgement', () => {
    const tally = new AlertTally();
    tally.engineAlert(engineAlert(3, 0, true));
    tally.acknowledged(acknowledged(1));
    tally.engineAlert(engineAlert(8, 5, true));
    expect(tally.summary().events.map((event) => event.acknowledged)).toEqual([iso(1), null]);
  });
});
