// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '@copekit/schema';
import { shippedBundle } from '../../test/support/shipped-bundle.js';
import { lessonMenu } from './lesson-menu.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await shippedBundle();
});

describe('the lesson menu', () => {
  it('groups lessons by kind, sessions in program order, without the safety lesson', () => {
    const menu = lessonMenu(bundle, { hrefFor: (lesson) => `?lesson=${lesson}`, inProgress: () => false });
    const groups = [...menu.querySelectorAll('section.menu-group')].map((section) => ({
      title: section.querySelector('h2')!.textContent,
      lessons: [...section.querySelectorAll('a')].map((link) => link.getAttribute('href')),
    }));
    expect(groups[0]).toEqual({ title: 'Daily check-in', lessons: ['?lesson=daily-check-in'] });
    expect(groups[1]!.title).toBe('Sessions');
    expect(groups[1]!.lessons).toEqual(bundle.curriculum.program.sessions.map((id) => `?lesson=${id}`));
    expect(groups.map((group) => group.title)).toEqual(['Daily check-in', 'Sessions', 'Questionnaires', 'Practice and planning']);
    expect(groups.flatMap((group) => group.lessons)).not.toContain('?lesson=crisis-support');
    expect(menu.querySelector('a')!.parentElement!.textContent).toContain('about 2 min');
  });

  it('marks lessons in progress and always shows the crisis resources', () => {
    const menu = lessonMenu(bundle, { hrefFor: (lesson) => `?lesson=${lesson}`, inProgress: (lesson) => lesson === 'weekly-mood' });
    const entry = menu.querySelector('a[href="?lesson=weekly-mood"]')!.parentElement!;
    expect(entry.textContent).toContain('in progress');
    expect(menu.querySelector('a[href="?lesson=daily-check-in"]')!.parentElement!.textContent).not.toContain('in progress');
    const crisis = menu.querySelector('section.crisis')!;
    expect(crisis.querySelector('a[href="tel:988"]')).not.toBeNull();
    expect(crisis.textContent).toContain(bundle.curriculum.safety.statement);
    expect(menu.querySelector('h1')!.textContent).toBe(bundle.curriculum.title);
  });
});
