import type { Bundle, SessionRecord } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedBundle } from '../../test/fixtures/shipped-bundle.js';
import { simulateTrial } from '../../test/fixtures/simulated-trial.js';
import { adherenceReport } from './adherence-report.js';
import { formatAdherenceText } from './format-adherence-text.js';

let text: string;
let bundle: Bundle;
let records: SessionRecord[];

beforeAll(async () => {
  bundle = await shippedBundle();
  records = simulateTrial(bundle);
  text = formatAdherenceText(await adherenceReport(records, bundle));
});

describe('formatAdherenceText', () => {
  it('starts with the version and plan, then the overall figures', () => {
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Adherence report: copekit-chronic-pain \d+\.\d+\.\d+ \(sha256:[0-9a-f]{64}\)$/);
    expect(lines[1]).toMatch(/^Planned: 8 sessions \(\d+ min\), daily check-in `daily-check-in`$/);
    expect(text).toContain('Overall (4 participants)');
    expect(text).toContain('  Sessions completed: 14 of 32 (44%), mean 3.5 per participant; 1 of 4 completed all 8');
    expect(text).toContain('  Safety alerts: 2, 1 acknowledged, ⚠ 1 not acknowledged, 0 resolved by a coach');
  });

  it('gives a block per participant, flagging unacknowledged alerts', () => {
    expect(text).toMatch(/\np-01 \(guided; 2026-03-02 to 2026-\d\d-\d\d, \d+ weeks; version \d+\.\d+\.\d+\)\n {2}Sessions: 8 of 8 completed \(100%\)\n/);
    expect(text).toContain('  Check-ins: 10 done on 10 days');
    expect(text).toMatch(/\n {4}- 2026-\S+ weekly-mood\.\S+ \(session p-03\/weekly-mood\/\d+\): ⚠ NOT acknowledged/);
    expect(text).toMatch(/\n {4}- 2026-\S+ weekly-mood\.\S+ \(session p-02\/weekly-mood\/\d+\): acknowledged 2026-/);
  });

  it('shows practice logged through the program, and which coach resolved an alert when', async () => {
    const alert = records.find((record) => record.type === 'safety.alert' && record.participant === 'p-02')!;
    const stamp = { participant: 'p-02', program: 'p-02/program', curriculum: bundle.curriculum.id, curriculumVersion: bundle.curriculum.version, bundleHash: bundle.hash, engineVersion: '0.1.0', programVersion: '0.1.0' };
    const program = [
      { ...stamp, seq: 0, at: alert.at + 60_000, type: 'homework.logged', payload: { skill: 'pmr', date: '2026-03-10', minutes: 15, plan: null } },
      { ...stamp, seq: 1, at: alert.at + 3_600_000, type: 'coach.resolved-alert', payload: { coach: 'c-1', alert: `${alert.session}#${alert.seq}` } },
    ];
    const withProgram = formatAdherenceText(await adherenceReport([...records, ...program], bundle));
    expect(withProgram).toMatch(/\n {2}Practice logged: 1 practice, 15 min \(\d+(\.\d)? per week; by week: [\d., ]+\)\n/);
    expect(withProgram).toContain(`: acknowledged 2026-`);
    expect(withProgram).toContain(`; resolved ${new Date(alert.at + 3_600_000).toISOString()} by c-1`);
    expect(withProgram).toContain('  Safety alerts: 2, 1 acknowledged, ⚠ 1 not acknowledged, 1 resolved by a coach');
  });
});
