import type { Bundle } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { completeSession } from '../../test/helpers/complete-session.js';
import { manualClock } from '../../test/helpers/manual-clock.js';
import { at, doNextSession, startDate, timeZone } from '../../test/helpers/participant.js';
import { shippedBundle } from '../../test/helpers/shipped-bundle.js';
import { createProgram } from '../program/create-program.js';
import type { Program } from '../program/program.js';
import { coachQueue } from './coach-queue.js';

/** The shipped bundle with the weekly mood check (which has a risk item) as session 1. */
let bundle: Bundle;
beforeAll(async () => {
  bundle = structuredClone(await shippedBundle());
  bundle.curriculum.program.sessions[0] = 'weekly-mood';
});

/** Runs session 1 (the mood check), answering yes to thoughts of self-harm. */
function answerRisk(program: Program): void {
  const opened = program.openSession('weekly-mood');
  if (!opened.accepted) throw new Error(opened.message);
  completeSession(opened.session, { 'self-harm-thoughts': 'yes' });
}

describe('coachQueue', () => {
  it('lists a risk answer as a safety alert until a coach resolves it, in either mode', () => {
    for (const mode of ['guided', 'self-directed'] as const) {
      const clock = manualClock(at(0, 9));
      const program = createProgram(bundle, { participant: `p-${mode}`, mode, timeZone, startDate, clock });
      answerRisk(program);
      const raised = program.getRecords().find((record) => record.type === 'alert.raised');
      expect(raised).toMatchObject({ payload: { lesson: 'weekly-mood', item: 'self-harm-thoughts' } });
      const [item] = coachQueue([program], clock.now());
      expect(item).toMatchObject({ kind: 'safety-alert', participant: `p-${mode}`, lesson: 'weekly-mood', item: 'self-harm-thoughts', action: { type: 'resolve-alert' } });
      expect(program.getOverview().openAlerts).toBe(1);
      expect(program.coachAction(item!.action, { coach: 'c-1', note: 'Called, safe, plan in place.' })).toEqual({ accepted: true });
      expect(coachQueue([program], clock.now())).toEqual([]);
      expect(program.coachAction(item!.action, { coach: 'c-2' })).toMatchObject({ accepted: false, reason: 'already-done', message: expect.stringContaining('resolved by `c-1`') });
      expect(program.getModel().state.alerts[0]).toMatchObject({ resolvedBy: 'c-1', resolvedAt: clock.now() });
    }
  });

  it('puts safety alerts first, then missed check-ins, approvals and reviews, oldest first', () => {
    const clock = manualClock(at(0, 9));
    const shipped = { ...bundle, curriculum: { ...bundle.curriculum, program: { ...bundle.curriculum.program, sessions: ['pain-and-relaxation', ...bundle.curriculum.program.sessions.slice(1)] } } };
    const calm = createProgram(shipped, { participant: 'p-calm', mode: 'guided', timeZone, startDate, clock });
    doNextSession(calm);
    const risky = createProgram(bundle, { participant: 'p-risk', mode: 'guided', timeZone, startDate, clock });
    clock.set(at(1, 9));
    answerRisk(risky);
    clock.set(at(9, 9));
    expect(coachQueue([calm, risky], clock.now()).map((item) => `${item.kind} ${item.participant}`)).toEqual([
      'safety-alert p-risk',
      'missed-check-ins p-calm',
      'missed-check-ins p-risk',
      'session-approval p-calm',
      'session-approval p-risk',
      'homework-review p-calm',
    ]);
  });

  it('lists only safety alerts for self-directed programs', () => {
    const clock = manualClock(at(0, 9));
    const program = createProgram(bundle, { participant: 'p-self', mode: 'self-directed', timeZone, startDate, clock });
    doNextSession(program);
    clock.set(at(12, 9));
    expect(coachQueue([program], clock.now())).toEqual([]);
  });
});
