import { createSession, type Frame } from '@copekit/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '@copekit/schema';
import { choice, crisis, curriculumBundle, frameOf, practice, prose, rating, thoughtRecord } from '@copekit/engine/frames/testing';
import { renderText } from './render-text.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await curriculumBundle();
});

describe('renderText on the shipped curriculum', () => {
  it('opens the daily check-in with the lesson title, the step and its first question', () => {
    const session = createSession(bundle, { lesson: 'daily-check-in', mode: 'self-directed', participant: 'p-1', clock: { now: () => 0 } });
    expect(renderText(session.getFrame())).toMatchInlineSnapshot(`
      [
        "Daily check-in

      Pain (1/5)

      How strong was your pain today, on average?
      0 = No pain, 10 = Worst pain you can imagine

      Reply with a number from 0 to 10 (or help).",
      ]
    `);
  });

  it('asks one instrument item at a time, with the instructions first', () => {
    const session = createSession(bundle, { lesson: 'weekly-mood', mode: 'self-directed', participant: 'p-1', clock: { now: () => 0 } });
    session.send({ type: 'next' });
    const first = session.getFrame();
    expect(renderText(first, { previous: first })).toMatchInlineSnapshot(`
      [
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?

      Little interest or pleasure in doing things
      1) Not at all
      2) Several days
      3) More than half the days
      4) Nearly every day

      Reply with a number from 1 to 4 (or back, help).",
      ]
    `);
    session.send({ type: 'answer', item: 'phq-2-q1', value: 1 });
    const second = renderText(session.getFrame(), { previous: first });
    expect(second[0]).toMatch(/^Feeling down, depressed, or hopeless\n1\) Not at all/);
    expect(second.join('\n')).not.toContain('Over the last 2 weeks');
  });

  it('puts every crisis resource first and in full, within the length limit', () => {
    const session = createSession(bundle, { lesson: 'weekly-mood', mode: 'self-directed', participant: 'p-1', clock: { now: () => 0 } });
    session.send({ type: 'next' });
    session.send({ type: 'answer', item: 'phq-2-q1', value: 0 });
    session.send({ type: 'answer', item: 'phq-2-q2', value: 0 });
    session.send({ type: 'next' });
    session.send({ type: 'answer', item: 'self-harm-thoughts', value: 'yes' });
    const frame = session.getFrame();
    expect(frame.flow).toBe('safety');
    const messages = renderText(frame, { maxLength: 160 });
    expect(messages[0]).toMatch(/^Get help now \(United States\):\n- Call 911: /);
    const all = messages.join('\n');
    const resources = bundle.curriculum.crisis.regions.find((region) => region.id === 'us')!.resources;
    for (const resource of resources) expect(all).toContain(`- ${resource.label}: ${resource.description}`);
    expect(all).toContain('https://988lifeline.org/chat/');
    expect(all.indexOf(bundle.curriculum.safety.statement)).toBeLessThan(all.indexOf('Help is here (1/7)'));
    expect(messages.every((message) => message.length <= 160)).toBe(true);
  });

  it('shows the answers given when a step with several items is revisited', () => {
    const session = createSession(bundle, { lesson: 'daily-check-in', mode: 'self-directed', participant: 'p-1', clock: { now: () => 0 } });
    session.send({ type: 'answer', item: 'pain-today', value: 4 });
    session.send({ type: 'next' });
    session.send({ type: 'answer', item: 'practised', value: 'yes' });
    session.send({ type: 'answer', item: 'practice-minutes', value: 20 });
    session.send({ type: 'next' });
    const activity = session.getFrame();
    session.send({ type: 'back' });
    expect(renderText(session.getFrame(), { previous: activity })).toMatchInlineSnapshot(`
      [
        "Practice (2/5)

      Your answers:
      - Did you practise a coping skill today? Yes
      - About how many minutes did you practise in total? 20 minutes

      Reply ok to go on (or back, help).",
      ]
    `);
  });

  it('says the lesson is finished once completed', () => {
    const frame: Frame = { ...frameOf([]), status: 'completed', step: null, actions: [], focus: null };
    expect(renderText(frame, { previous: frameOf([]) })).toEqual(['You have finished Test lesson. Thank you.']);
  });
});

describe('renderText on hand-made frames', () => {
  it('does not repeat the heading or text already sent for the same step, but shows new text', () => {
    const before = frameOf([prose('Intro text.'), rating(), choice(['Yes', 'No'])]);
    const after = frameOf([prose('Intro text.'), rating({ value: 3, status: 'answered' }), prose('Shown after the rating.'), choice(['Yes', 'No'])]);
    expect(renderText(after, { previous: before })).toEqual(['Shown after the rating.\n\nWhich one?\n1) Yes\n2) No\n\nReply with a number from 1 to 2 (or back, help).']);
  });

  it('always repeats crisis resources, even on the same step', () => {
    const frame = frameOf([crisis(), prose('Please reach out.')], { actions: ['acknowledge', 'exit'], flow: 'safety' });
    expect(renderText(frame, { previous: frame })).toMatchInlineSnapshot(`
      [
        "Get help now (United States):
      - Call 988: Talk to someone any time.
      - Chat online: Chat with a counselor. https://988lifeline.org/chat/

      This program is not a crisis service.

      Reply ok to confirm and go back to your lesson (or help).",
      ]
    `);
  });

  it('shows the current answer of a single item revisited, and offers ok and skip', () => {
    const frame = frameOf([rating({ value: 6, status: 'answered', optional: true })], { focus: null });
    expect(renderText(frame, { previous: null }).join('\n')).toContain(
      'Your answer: 6.\n\nHow strong is your pain?\n0 = No pain, 10 = Worst pain\n\nReply with a number from 0 to 10 (or ok, skip, back, help).',
    );
  });

  it('offers a practice when no question is open, then its cues from the latest one reached', () => {
    const ready = frameOf([prose('Get comfortable.'), practice()]);
    expect(renderText(ready, { previous: null })).toEqual([
      'Test lesson\n\nFirst step (2/4)\n\nGet comfortable.\n\nSlow breathing (1 minute)\n\nReply start to begin (or next, back, help).',
    ]);
    const running = frameOf([prose('Get comfortable.'), practice({ status: 'running', elapsed: 40, cue: 1, actions: ['practice.pause', 'practice.complete'] })]);
    expect(renderText(running, { previous: ready })).toEqual([
      'Slow breathing (1 minute). Follow each cue at its time:\n\n0:30 Breathe out slowly.\n\nReply done when you finish (or pause, next, back, help).',
    ]);
    const paused = frameOf([practice({ status: 'paused', elapsed: 75, cue: 1, actions: ['practice.resume', 'practice.complete'] })]);
    expect(renderText(paused, { previous: running })).toEqual(['Slow breathing (1 minute): paused at 1:15.\n\nReply resume to carry on (or done, next, back, help).']);
  });

  it('renders homework and coach notes with their text', () => {
    const frame = frameOf([
      { type: 'homework', id: 'hw', skill: 'pmr', per: 'day', times: 2, days: 7, content: [], text: 'Practise muscle relaxation.' },
      { type: 'coach-note', content: [], text: 'Ask about barriers.' },
    ]);
    expect(renderText(frame, { previous: null })[0]).toContain('Practise muscle relaxation.\nPlan: 2 times a day, for 7 days.\n\nCoach note: Ask about barriers.');
  });

  it('asks a thought record one field at a time from its draft', () => {
    const frame = frameOf([thoughtRecord()]);
    expect(renderText(frame, { previous: frame, draft: { situation: 'At work' } })).toEqual([
      '(2 of 3) How strong was the feeling?\n\nReply with a number from 0 to 100 (or back, help).',
    ]);
  });

  it('tells an exited session how to resume, without the step text', () => {
    const frame = frameOf([prose('Intro text.'), rating()], { status: 'exited', actions: ['resume'] });
    expect(renderText(frame, { previous: null })).toEqual(['Test lesson\n\nTest lesson: paused.\n\nReply resume to carry on where you left off.']);
  });

  it('splits long step text into messages within the limit', () => {
    const long = Array.from({ length: 12 }, (_, index) => `This is sentence ${index + 1} of a long step.`).join(' ');
    const messages = renderText(frameOf([prose(long), rating()]), { previous: null, maxLength: 120 });
    expect(messages.length).toBeGreaterThan(3);
    expect(messages.every((message) => message.length <= 120)).toBe(true);
    expect(messages.at(-1)).toBe('Reply with a number from 0 to 10 (or back, help).');
  });
});
