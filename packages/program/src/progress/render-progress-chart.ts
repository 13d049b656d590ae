/**
 * An accessible SVG chart of one weekly measure, as a string: no scripts, no
 * external references, text escaped, `role="img"` with a `<title>` and a
 * `<desc>` that reads every value. Colours follow `currentColor`, so the
 * host's CSS styles it.
 *
 * @module
 */

import type { ProgressWeek } from './weekly-progress.js';
import { coordinate, escapeXml, formatValue, niceCeiling } from './svg.js';

/** The measures a chart can show. */
export type ChartMeasure = 'pain' | 'sleepQuality' | 'practiceMinutes' | 'activityMinutes' | 'daysPractised' | 'checkIns' | 'sessionsCompleted' | 'sessionsCompletedTotal';

/**
 * Options of `renderProgressChart`.
 *
 * @example
 * ```ts
 * const options: ProgressChartOptions = { measure: 'pain', title: 'Your average pain', width: 360, id: 'pain-chart' };
 * ```
 */
export interface ProgressChartOptions {
  measure: ChartMeasure;
  /** The chart's title, read by screen readers. Defaults per measure, e.g. `Average pain by week`. */
  title?: string;
  /** Width and height in pixels (the SVG scales with its `viewBox`). Default 480 × 240. */
  width?: number;
  height?: number;
  /** Prefix of the `id`s of `<title>` and `<desc>`, unique in the page. Default `copekit-<measure>`. */
  id?: string;
  /** Top of the value axis. Default 10 for pain and sleep quality (0–10 ratings), else a round number above the largest value. */
  max?: number;
}

const titles: Record<ChartMeasure, string> = {
  pain: 'Average pain by week (0 to 10)',
  sleepQuality: 'Average sleep quality by week (0 to 10)',
  practiceMinutes: 'Practice minutes by week',
  activityMinutes: 'Average active minutes a day, by week',
  daysPractised: 'Days practised by week',
  checkIns: 'Check-ins by week',
  sessionsCompleted: 'Sessions completed by week',
  sessionsCompletedTotal: 'Sessions completed so far',
};
const lines = new Set<ChartMeasure>(['pain', 'sleepQuality', 'activityMinutes']);
const pad = { left: 36, right: 12, top: 12, bottom: 28 };

/**
 * The SVG markup of `measure` over `series` (from `weeklyProgress`): a line for
 * means (pain, sleep quality, active minutes), with gaps for weeks without
 * data, and bars for counts and totals.
 *
 * @example
 * ```ts
 * element.innerHTML = renderProgressChart(weeklyProgress(program), { measure: 'pain' });
 * ```
 */
export function renderProgressChart(series: readonly ProgressWeek[], options: ProgressChartOptions): string {
  const { measure, width = 480, height = 240 } = options;
  const id = escapeXml(options.id ?? `copekit-${measure}`);
  const title = options.title ?? titles[measure];
  const values = series.map((week) => week[measure]);
  const largest = Math.max(0, ...values.filter((value): value is number => value !== null));
  const max = options.max ?? (measure === 'pain' || measure === 'sleepQuality' ? 10 : niceCeiling(largest));
  const plot = { width: width - pad.left - pad.right, height: height - pad.top - pad.bottom };
  const slot = plot.width / Math.max(1, series.length);
  const x = (index: number) => pad.left + slot * (index + 0.5);
  const y = (value: number) => pad.top + plot.height * (1 - Math.min(value, max) / max);
  const desc = series.length === 0 ? 'No weeks yet.' : series.map((week, index) => `Week ${week.week}: ${values[index] === null ? 'no data' : formatValue(values[index]!)}.`).join(' ');
  const ticks = [0, max / 2, max].map(
    (tick) =>
      `<line x1="${pad.left}" x2="${width - pad.right}" y1="${coordinate(y(tick))}" y2="${coordinate(y(tick))}" stroke="currentColor" stroke-opacity="0.2"/>` +
      `<text x="${pad.left - 6}" y="${coordinate(y(tick) + 4)}" text-anchor="end" font-size="11" fill="currentColor">${formatValue(tick)}</text>`,
  );
  const labels = series.map((week, index) => `<text x="${coordinate(x(index))}" y="${height - 10}" text-anchor="middle" font-size="11" fill="currentColor">W${week.week}</text>`);
  const data = lines.has(measure) ? lineMarks(values, x, y) : barMarks(values, x, y, slot, pad.top + plot.height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(desc)}</desc>` +
    `<g aria-hidden="true">${ticks.join('')}${labels.join('')}${data}</g></svg>`
  );
}

function lineMarks(values: readonly (number | null)[], x: (index: number) => number, y: (value: number) => number): string {
  const runs: string[][] = [[]];
  const dots: string[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      runs.push([]);
      return;
    }
    const point = `${coordinate(x(index))},${coordinate(y(value))}`;
    runs.at(-1)!.push(point);
    dots.push(`<circle cx="${coordinate(x(index))}" cy="${coordinate(y(value))}" r="3.5" fill="currentColor"/>`);
  });
  const polylines = runs.filter((run) => run.length > 1).map((run) => `<polyline points="${run.join(' ')}" fill="none" stroke="currentColor" stroke-width="2"/>`);
  return polylines.join('') + dots.join('');
}

function barMarks(values: readonly (number | null)[], x: (index: number) => number, y: (value: number) => number, slot: number, base: number): string {
  const barWidth = Math.max(2, slot * 0.6);
  return values
    .map((value, index) => {
      if (value === null || value <= 0) return '';
      const top = y(value);
      return `<rect x="${coordinate(x(index) - barWidth / 2)}" y="${coordinate(top)}" width="${coordinate(barWidth)}" height="${coordinate(base - top)}" fill="currentColor"/>`;
    })
    .join('');
}
