// @vitest-environment happy-dom
import type { FrameBlock, SessionEvent } from '@copekit/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { recordingContext } from '../../test/support/view-context.js';
import { createStepView, stepHeading, stepKey, type StepFrame } from './step-view.js';

const pain: FrameBlock = { type: 'item', kind: 'rating', id: 'pain', label: 'Pain today?', optional: false, constraints: { min: 0, max: 2 }, value: null, status: 'unanswered' };
const note: FrameBlock = { type: 'item', kind: 'text', id: 'note', label: 'Anything else?', optional: true, constraints: {}, value: null, status: 'unanswered' };

function frame(overrides: Partial<StepFrame> = {}): StepFrame {
  return {
    status: 'active',
    audience: 'participant',
    mode: 'self-directed',
    lesson: { id: 'check-in', title: 'Daily check-in', kind: 'check-in' },
    flow: 'lesson',
    step: { id: 'pain', title: 'Pain', index: 0, count: 3, lesson: 'check-in' },
    progress: 0,
    blocks: [pain, note],
    actions: ['exit'],
    missing: ['pain'],
    focus: 'pain',
    ...overrides,
  };
}
const submit = (view: { element: HTMLElement }) => view.element.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
const button = (view: { element: HTMLElement }, name: string) => [...view.element.querySelectorAll('button')].find((candidate) => candidate.textContent === name)!;

afterEach(() => document.body.replaceChildren());

describe('step keys and headings', () => {
  it('tell steps apart by flow, lesson and id, and fall back when untitled', () => {
    expect(stepKey(frame())).toBe('lesson:check-in:pain');
    const safety = frame({ flow: 'safety', step: { id: 'get-help', index: 0, count: 2, lesson: 'crisis-support' } });
    expect(stepHeading(safety)).toBe('Help is here');
    expect(stepHeading(frame({ step: { id: 'x', index: 1, count: 3, lesson: 'check-in' } }))).toBe('Step 2');
  });
});

describe('the step view', () => {
  it('shows the lesson, a focusable h1 described by the progress, the blocks and the allowed buttons', () => {
    const view = createStepView(frame(), recordingContext());
    document.body.append(view.element);
    const heading = view.element.querySelector('h1')!;
    expect(heading.textContent).toBe('Pain');
    expect(heading.getAttribute('aria-describedby')).toBe('step-progress');
    expect(view.element.querySelector('#step-progress')!.textContent).toBe('Step 1 of 3');
    expect(view.element.querySelector('.lesson-name')!.textContent).toBe('Daily check-in');
    expect([...view.element.querySelectorAll('button')].filter((candidate) => !candidate.hidden).map((candidate) => candidate.textContent)).toEqual(['Continue', 'Save and exit']);
    view.focusHeading();
    expect(document.activeElement).toBe(heading);
  });

  it('sends next on submit and, when refused for missing answers, marks each, announces and focuses the first', () => {
    const context = recordingContext({ respond: (event) => (event.type === 'next' ? { accepted: false, reason: 'required-unanswered', message: 'x' } : { accepted: true }) });
    const view = createStepView(frame(), context);
    document.body.append(view.element);
    submit(view);
    expect(context.sent).toEqual([{ type: 'next' }]);
    expect(view.element.querySelector('#item-pain__error')!.textContent).toBe('Please answer this question.');
    expect(view.element.querySelector('#form-error')!.textContent).toBe('Please answer: Pain today?');
    expect(context.announced).toEqual(['Please answer: Pain today?']);
    expect(document.activeElement!.id).toBe('item-pain__0');
  });

  it('sends held answers before next, and stops when one of them changed the page', () => {
    const context = recordingContext({ risk: ['pain'] });
    const view = createStepView(frame(), context);
    context.send = (event: SessionEvent) => {
      context.sent.push(event);
      if (event.type === 'answer') view.dispose();
      return { accepted: true };
    };
    const input = view.element.querySelector<HTMLInputElement>('#item-pain__2')!;
    input.checked = true;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(context.sent).toEqual([]);
    submit(view);
    expect(context.sent).toEqual([{ type: 'answer', item: 'pain', value: 2 }]);
  });

  it('reports answers it could not send instead of moving on', () => {
    const context = recordingContext();
    const view = createStepView(frame({ blocks: [{ ...note, kind: 'number', constraints: { integer: true } } as FrameBlock] }), context);
    document.body.append(view.element);
    view.element.querySelector<HTMLInputElement>('#item-note')!.value = 'many';
    submit(view);
    expect(context.sent).toEqual([]);
    expect(view.element.querySelector('#form-error')!.textContent).toBe('Please check your answer above.');
    expect(document.activeElement!.id).toBe('item-note');
  });

  it('goes back and exits after sending what is held', () => {
    const context = recordingContext({ risk: ['pain'] });
    const view = createStepView(frame({ actions: ['back', 'exit'] }), context);
    const input = view.element.querySelector<HTMLInputElement>('#item-pain__1')!;
    input.checked = true;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    button(view, 'Back').click();
    button(view, 'Save and exit').click();
    expect(context.sent).toEqual([{ type: 'answer', item: 'pain', value: 1 }, { type: 'back' }, { type: 'exit' }]);
  });

  it('labels the last button Finish on the last step, and acknowledges on the last safety step', () => {
    const context = recordingContext();
    const view = createStepView(frame({ step: { id: 'done', title: 'Done', index: 2, count: 3, lesson: 'check-in' }, blocks: [], missing: [] }), context);
    expect(button(view, 'Finish')).toBeDefined();
    const safety = createStepView(frame({ flow: 'safety', step: { id: 'confirm', title: 'Keep these numbers', index: 6, count: 7, lesson: 'crisis-support' }, blocks: [], missing: [] }), context);
    expect(safety.element.querySelector('.lesson-name')!.textContent).toBe('Safety check');
    expect(safety.element.className).toBe('step-view flow-safety');
    submit(safety);
    expect(context.sent).toEqual([{ type: 'acknowledge' }]);
  });

  it('announces a question that a new frame reveals', () => {
    const context = recordingContext();
    const view = createStepView(frame({ blocks: [pain] }), context);
    view.update(frame({ blocks: [{ ...pain, value: 2, status: 'answered' } as FrameBlock, note], missing: [] }));
    expect(context.announced).toEqual(['New question: Anything else?']);
    expect(view.element.querySelector('#item-note')).not.toBeNull();
  });

  it('sends held answers on flush (the page is closing)', () => {
    const context = recordingContext({ risk: ['pain'] });
    const view = createStepView(frame(), context);
    const input = view.element.querySelector<HTMLInputElement>('#item-pain__1')!;
    input.checked = true;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    view.flush();
    expect(context.sent).toEqual([{ type: 'answer', item: 'pain', value: 1 }]);
  });
});
