// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeDom } from '../../test/support/describe-dom.js';
import { createCoachNoteView, createHomeworkView, createProseView, homeworkSchedule } from './static-blocks.js';

const paragraph = (value: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] }];

describe('homeworkSchedule', () => {
  it('says how often and for how long', () => {
    expect(homeworkSchedule({ per: 'day', times: 1, days: 7 })).toBe('Once a day for 7 days');
    expect(homeworkSchedule({ per: 'week', times: 2, days: 14 })).toBe('Twice a week for 14 days');
    expect(homeworkSchedule({ per: 'day', times: 3, days: 1 })).toBe('3 times a day for 1 day');
  });
});

describe('static blocks', () => {
  it('render prose, homework under its own heading, and coach notes as a labelled note', () => {
    const prose = createProseView({ type: 'prose', content: paragraph('Rest is a skill.'), text: 'Rest is a skill.' });
    const homework = createHomeworkView({ type: 'homework', id: 'pmr-daily', skill: 'pmr', per: 'day', times: 1, days: 7, content: paragraph('Relax once a day.'), text: 'Relax once a day.' });
    const note = createCoachNoteView({ type: 'coach-note', content: paragraph('Ask about last week.'), text: 'Ask about last week.' });
    expect([prose, homework, note].map((view) => describeDom(view.element)).join('\n')).toMatchInlineSnapshot(`
      "<div class="prose">
        <p>
          "Rest is a skill."
      <section class="homework" aria-labelledby="homework-pmr-daily">
        <h2 id="homework-pmr-daily">
          "Your practice plan"
        <p class="schedule">
          "Once a day for 7 days"
        <p>
          "Relax once a day."
      <div class="coach-note" role="note">
        <p class="coach-note-title">
          "For the coach"
        <p>
          "Ask about last week.""
    `);
    expect(prose.items).toEqual([]);
  });
});
