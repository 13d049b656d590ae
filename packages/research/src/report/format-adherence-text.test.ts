import { beforeAll, describe, expect, it } from 'vitest';
import { shippedBundle } from '../../test/fixtures/shipped-bundle.js';
import { simulateTrial } from '../../test/fixtures/simulated-trial.js';
import { adherenceReport } from './adherence-report.js';
import { formatAdherenceText } from './format-adherence-text.js';

let text: string;

beforeAll(async () => {
  const bundle = await shippedBundle();
  text = formatAdherenceText(await adherenceReport(simulateTrial(bundle), bundle));
});

describe('formatAdherenceText', () => {
  it('starts with the version and plan, then the overall figures', () => {
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Adherence report: copekit-chronic-pain \d+\.\d+\.\d+ \(sha256:[0-9a-f]{64}\)$/);
    expect(lines[1]).toMatch(/^Planned: 8 sessions \(\d+ min\), daily check-in `daily-check-in`$/);
    expect(text).toContain('Overall (4 participants)');
    expect(text).toContain('  Sessions completed: 14 of 32 (44%), mean 3.5 per participant; 1 of 4 completed all 8');
    expect(text).toContain('  Safety alerts: 2, 1 acknowledged, ⚠ 1 not acknowledged');
  });

  it('gives a block per participant, flagging unacknowledged alerts', () => {
    expect(text).toMatch(/\np-01 \(guided; 2026-03-02 to 2026-\d\d-\d\d, \d+ weeks; version \d+\.\d+\.\d+\)\n {2}Sessions: 8 of 8 completed \(100%\)\n/);
    expect(text).toContain('  Check-ins: 10 done on 10 days');
    expect(text).toMatch(/\n {4}- 2026-\S+ weekly-mood\.\S+ \(session p-03\/weekly-mood\/\d+\): ⚠ NOT acknowledged/);
    expect(text).toMatch(/\n {4}- 2026-\S+ weekly-mood\.\S+ \(session p-02\/weekly-mood\/\d+\): acknowledged 2026-/);
  });
});
