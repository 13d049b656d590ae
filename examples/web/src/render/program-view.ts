/**
 * The program page: the week overview (sessions and what is open), today's
 * check-in, today's practice, the latest weekly feedback and progress
 * charts. Built with `el()` only; the charts are SVG shown through `<img>`
 * (a data URL), so their markup is never parsed into the page.
 *
 * @module
 */

import { renderProgressChart, type ChartMeasure, type OverviewSession, type Program } from '@copekit/program';
import { el } from './dom.js';

/** Options of {@link programView}. */
export interface ProgramViewOptions {
  /** The link that opens a session (or the check-in) of the program. */
  hrefFor(lesson: string): string;
  /** Logs one practice of `skill`; returns the message to announce. */
  onPractised(skill: string): void;
}

const statusText: Record<OverviewSession['status'], string> = {
  completed: 'Done',
  'in-progress': 'In progress',
  available: 'Open now',
  'awaiting-approval': 'Waiting for your coach',
  locked: 'Not open yet',
};

const dateFormat = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric' });

/**
 * The program page for `program` now.
 *
 * @example
 * ```ts
 * replaceChildren(main, programView(program, { hrefFor: (lesson) => `?view=program&lesson=${lesson}`, onPractised: (skill) => program.logPractice({ skill }) }));
 * ```
 */
export function programView(program: Program, options: ProgramViewOptions): HTMLElement {
  const overview = program.getOverview();
  const progress = program.getProgress();
  const total = overview.sessions.length;
  return el(
    'div',
    { class: 'program-view' },
    el('h1', { tabindex: -1 }, 'Your program'),
    el('p', { class: 'program-week' }, overview.status === 'completed' ? `You finished all ${total} sessions. Well done.` : `Week ${overview.week} of ${total}`),
    overview.feedback === null
      ? null
      : el('section', { class: 'program-feedback', 'aria-labelledby': 'program-feedback' }, el('h2', { id: 'program-feedback' }, `A note on week ${overview.feedback.week}`), el('p', {}, overview.feedback.message ?? '')),
    checkInSection(overview.checkIn, options),
    practiceSection(overview.homework, options),
    el(
      'section',
      { class: 'program-sessions', 'aria-labelledby': 'program-sessions' },
      el('h2', { id: 'program-sessions' }, 'Sessions'),
      el('ol', { class: 'session-list' }, ...overview.sessions.map((session) => sessionEntry(session, options))),
    ),
    el(
      'section',
      { class: 'program-progress', 'aria-labelledby': 'program-progress' },
      el('h2', { id: 'program-progress' }, 'Your progress'),
      progress.length === 0 ? el('p', {}, 'Your charts start on your first day.') : null,
      ...(progress.length === 0 ? [] : (['pain', 'practiceMinutes'] as const).map((measure) => chart(program, measure))),
    ),
  );
}

function checkInSection(checkIn: ReturnType<Program['getOverview']>['checkIn'], options: ProgramViewOptions): HTMLElement | null {
  if (checkIn === null) return null;
  const text =
    checkIn.status === 'done'
      ? 'Done for today. Thank you.'
      : checkIn.status === 'not-started'
        ? 'Your check-ins start on your first day.'
        : `It takes about ${checkIn.minutes} minutes.`;
  return el(
    'section',
    { class: 'program-check-in', 'aria-labelledby': 'program-check-in' },
    el('h2', { id: 'program-check-in' }, "Today's check-in"),
    el('p', {}, text),
    checkIn.status === 'due' || checkIn.status === 'in-progress'
      ? el('a', { class: 'button primary', href: options.hrefFor(checkIn.lesson) }, checkIn.status === 'due' ? "Start today's check-in" : "Continue today's check-in")
      : null,
  );
}

function practiceSection(homework: ReturnType<Program['getOverview']>['homework'], options: ProgramViewOptions): HTMLElement | null {
  if (homework.length === 0) return null;
  return el(
    'section',
    { class: 'program-practice', 'aria-labelledby': 'program-practice' },
    el('h2', { id: 'program-practice' }, 'Practice'),
    el(
      'ul',
      { class: 'practice-list' },
      ...homework.map((plan) => {
        const period = plan.per === 'day' ? 'today' : 'this week';
        const left = plan.done < plan.due;
        const button = left ? el('button', { type: 'button', class: 'button', 'data-skill': plan.skill }, 'I practised') : null;
        button?.addEventListener('click', () => options.onPractised(plan.skill));
        return el('li', { class: 'practice-entry' }, el('p', {}, plan.text), el('p', { class: 'lesson-meta' }, `${plan.done} of ${plan.due} done ${period}`), button);
      }),
    ),
  );
}

function sessionEntry(session: OverviewSession, options: ProgramViewOptions): HTMLElement {
  const open = session.status === 'available' || session.status === 'in-progress';
  const when = session.status === 'locked' && session.availableAt !== null ? ` · opens ${dateFormat.format(session.availableAt)}` : '';
  return el(
    'li',
    { class: `session-entry status-${session.status}` },
    open ? el('a', { href: options.hrefFor(session.lesson) }, `Session ${session.number}: ${session.title}`) : el('span', {}, `Session ${session.number}: ${session.title}`),
    el('span', { class: 'lesson-meta' }, ` · ${statusText[session.status]}${when}`),
  );
}

const chartTitles: Partial<Record<ChartMeasure, string>> = { pain: 'Average pain by week (0 to 10)', practiceMinutes: 'Practice minutes by week' };

function chart(program: Program, measure: ChartMeasure): HTMLElement {
  const progress = program.getProgress();
  const svg = renderProgressChart(progress, { measure, width: 480, height: 240 });
  const values = progress.map((week) => `Week ${week.week}: ${week[measure] === null ? 'no data' : String(Math.round((week[measure] as number) * 10) / 10)}.`).join(' ');
  return el(
    'figure',
    { class: 'progress-chart' },
    el('img', { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, alt: `${chartTitles[measure] ?? measure}. ${values}`, width: 480, height: 240 }),
    el('figcaption', {}, chartTitles[measure] ?? measure),
  );
}
