// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { describeDom } from '../../test/support/describe-dom.js';
import { statusPage } from './status-views.js';

describe('statusPage', () => {
  it('has a focusable h1, paragraphs, details, buttons (the first primary) and a link to the lessons', () => {
    const startOver = vi.fn();
    const page = statusPage({
      title: 'We could not open your saved progress',
      body: ['The saved progress is damaged.'],
      actions: [{ label: 'Start again', run: startOver }, { label: 'Other', run: () => {} }],
      menuHref: './',
      details: 'checksum-mismatch',
      tone: 'alert',
    });
    expect(describeDom(page)).toMatchInlineSnapshot(`
      "<div class="status-page tone-alert">
        <h1 tabindex="-1">
          "We could not open your saved progress"
        <p>
          "The saved progress is damaged."
        <details class="details">
          <summary>
            "Technical details"
          <p>
            "checksum-mismatch"
        <div class="step-actions">
          <button type="button" class="button primary">
            "Start again"
          <button type="button" class="button">
            "Other"
          <a class="button quiet" href="./">
            "All lessons""
    `);
    page.querySelector('button')!.click();
    expect(startOver).toHaveBeenCalledOnce();
  });

  it('leaves out the button row when there is nothing to do', () => {
    expect(statusPage({ title: 'Done', body: [] }).querySelector('.step-actions')).toBeNull();
  });
});
