// @vitest-environment happy-dom
import type { Session } from '@copekit/engine';
import { createProgram, type Program } from '@copekit/program';
import type { Bundle } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedBundle } from '../../test/support/shipped-bundle.js';
import { programView } from './program-view.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await shippedBundle();
});

let time = Date.UTC(2026, 0, 5, 14);
const program = (): Program => createProgram(bundle, { participant: 'p-1', mode: 'self-directed', timeZone: 'America/New_York', startDate: '2026-01-05', clock: { now: () => time } });
const hrefFor = (lesson: string) => `?view=program&lesson=${lesson}`;

describe('the program view', () => {
  it('links the open session and today’s check-in, and lists the locked sessions', () => {
    time = Date.UTC(2026, 0, 5, 14);
    const view = programView(program(), { hrefFor, onPractised: () => undefined });
    expect(view.querySelector('h1')?.textContent).toBe('Your program');
    expect(view.querySelector('.program-week')?.textContent).toBe('Week 1 of 8');
    const links = [...view.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ["Start today's check-in", '?view=program&lesson=daily-check-in'],
      ['Session 1: How pain works, and muscle relaxation', '?view=program&lesson=pain-and-relaxation'],
    ]);
    expect([...view.querySelectorAll('.session-entry .lesson-meta')].map((meta) => meta.textContent)).toEqual([' · Open now', ...Array(7).fill(' · Not open yet')]);
  });

  it('offers practice for homework with slots left, and draws progress charts as images', () => {
    time = Date.UTC(2026, 0, 5, 14);
    const running = program();
    const opened = running.openSession('pain-and-relaxation');
    if (!opened.accepted) throw new Error(opened.message);
    finish(opened.session);
    time = Date.UTC(2026, 0, 6, 14);
    const practised: string[] = [];
    const view = programView(running, { hrefFor, onPractised: (skill) => practised.push(skill) });
    expect(view.querySelector('.session-entry .lesson-meta')?.textContent).toBe(' · Done');
    const practice = view.querySelector('.practice-entry')!;
    expect(practice.querySelector('.lesson-meta')?.textContent).toBe('0 of 1 done today');
    practice.querySelector('button')!.click();
    expect(practised).toEqual(['pmr']);
    const images = [...view.querySelectorAll('.progress-chart img')];
    expect(images.map((image) => image.getAttribute('alt'))).toEqual(['Average pain by week (0 to 10). Week 1: no data.', 'Practice minutes by week. Week 1: no data.']);
    expect(images.every((image) => image.getAttribute('src')!.startsWith('data:image/svg+xml;charset=utf-8,%3Csvg'))).toBe(true);
  });
});

/** Answers every required item with its lowest value (or first option) and moves on until the lesson is completed. */
function finish(session: Session): void {
  for (let turn = 0; turn < 300 && session.getFrame().status !== 'completed'; turn++) {
    const frame = session.getFrame();
    const items = frame.blocks.flatMap((block) => (block.type === 'item' ? [block] : block.type === 'instrument' ? block.items : []));
    const item = items.find((one) => frame.missing.includes(one.id));
    if (item === undefined) {
      session.send({ type: frame.actions.includes('acknowledge') ? 'acknowledge' : 'next' });
      continue;
    }
    const c = item.constraints as { min?: number; options?: { value: string }[]; points?: { value: number }[]; multiple?: boolean; fields?: { id: string; kind: string }[] };
    const value =
      item.kind === 'choice' ? (c.multiple ? [c.options![0]!.value] : c.options![0]!.value)
      : item.kind === 'scale' ? c.points![0]!.value
      : item.kind === 'text' ? 'A few words.'
      : item.kind === 'thought-record' ? Object.fromEntries(c.fields!.map((field) => [field.id, field.kind === 'rating' ? 0 : 'A few words.']))
      : (c.min ?? 0);
    session.send({ type: 'answer', item: item.id, value });
  }
}
