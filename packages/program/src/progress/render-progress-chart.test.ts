import { describe, expect, it } from 'vitest';
import { renderProgressChart } from './render-progress-chart.js';
import type { ProgressWeek } from './weekly-progress.js';

const week = (number: number, pain: number | null, sessions: number): ProgressWeek => ({
  week: number,
  start: '2026-01-05',
  end: '2026-01-11',
  checkIns: pain === null ? 0 : 7,
  missedCheckIns: 0,
  daysPractised: 5,
  pain,
  sleepQuality: null,
  practiceMinutes: 90,
  activityMinutes: null,
  homeworkDone: 5,
  homeworkDue: 7,
  sessionsCompleted: sessions,
  sessionsCompletedTotal: number,
  complete: true,
});

const series = [week(1, 6.25, 1), week(2, null, 1), week(3, 4, 1), week(4, 3.5, 0)];

describe('renderProgressChart', () => {
  it('draws a line with a gap for weeks without data, and reads every value in its description', () => {
    const svg = renderProgressChart(series, { measure: 'pain' });
    expect(svg).toContain('<desc id="copekit-pain-desc">Week 1: 6.3. Week 2: no data. Week 3: 4. Week 4: 3.5.</desc>');
    expect(svg.match(/<polyline /g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('role="img"');
  });

  it('draws bars for counts, none for zero', () => {
    const svg = renderProgressChart(series, { measure: 'sessionsCompleted', max: 2 });
    expect(svg.match(/<rect /g)).toHaveLength(3);
  });

  it('escapes text and ids, and never contains script or external references', () => {
    const svg = renderProgressChart(series, { measure: 'pain', title: '<script>alert("x")</script> & pain', id: '"><script>' });
    expect(svg).not.toMatch(/<script|href|on\w+=/i);
    expect(svg).toContain('<title id="&quot;&gt;&lt;script&gt;-title">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; pain</title>');
  });

  it('says there is no data yet for an empty series', () => {
    expect(renderProgressChart([], { measure: 'checkIns' })).toContain('<desc id="copekit-checkIns-desc">No weeks yet.</desc>');
  });
});
