import { createSession } from '@copekit/engine';
import type { Bundle } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { voiceProblems } from '../problems/voice-problems.js';
import { choice, crisis, curriculumBundle, frameOf, practice, prose, rating, thoughtRecord } from '@copekit/engine/frames/testing';
import { assertValidSsml } from '../test-utils/ssml.js';
import { walkByKeys } from '../test-utils/walk-keys.js';
import { renderVoice } from './render-voice.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await curriculumBundle();
});

const start = (lesson: string) => createSession(bundle, { lesson, mode: 'self-directed', participant: 'p-1', clock: { now: () => 0 } });

describe('renderVoice on the shipped curriculum', () => {
  it('opens the daily check-in with the titles, the question and its keys', () => {
    const prompt = renderVoice(start('daily-check-in').getFrame());
    expect(prompt.ssml).toMatchInlineSnapshot(
      `"<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US"><p><emphasis level="moderate">Daily check-in.</emphasis></p><p><emphasis level="moderate">Pain.</emphasis></p><p>How strong was your pain today, on average?</p><p>Enter a number from 0 to 10, then press pound. 0 means No pain. 10 means Worst pain you can imagine.</p><p>To hear this again, press star. For all the keys, press star 0.</p></speak>"`,
    );
    expect(prompt).toMatchObject({ expects: 'digits', item: 'pain-today', keys: { digits: { kind: 'number', min: 0, max: 10 } } });
    assertValidSsml(prompt.ssml);
  });

  it('speaks the crisis resources first after a risk answer, numbers read as telephone numbers, and offers them again on 1', () => {
    const session = start('weekly-mood');
    session.send({ type: 'next' });
    session.send({ type: 'answer', item: 'phq-2-q1', value: 0 });
    session.send({ type: 'answer', item: 'phq-2-q2', value: 0 });
    session.send({ type: 'next' });
    const question = session.getFrame();
    session.send({ type: 'answer', item: 'self-harm-thoughts', value: 'yes' });
    const prompt = renderVoice(session.getFrame(), { previous: question });
    assertValidSsml(prompt.ssml);
    expect(prompt.ssml).toMatch(/^<speak [^>]+><p><emphasis level="strong">Get help now\.<\/emphasis><\/p><p>Call <say-as interpret-as="telephone">911<\/say-as>\./);
    expect(prompt.ssml).toContain('<p>Veterans, text <say-as interpret-as="telephone">838255</say-as>. Veterans and service members can text the Veterans Crisis Line.</p>');
    const text = prompt.text.split('\n');
    expect(text.indexOf(bundle.curriculum.safety.statement)).toBeLessThan(text.indexOf('Help is here.'));
    expect(text.at(-1)).toBe('To hear these numbers again, press 1. To go on, press star 9. To hear this again, press star. For all the keys, press star 0.');
  });

  it('plays a running practice as its cues with timed breaks of at most 10 seconds', () => {
    const session = start('mini-practices');
    let now = 0;
    const timed = createSession(bundle, { lesson: 'mini-practices', mode: 'self-directed', participant: 'p-1', clock: { now: () => now } });
    for (const one of [session, timed]) {
      for (const [item, value] of [['pmr-days', 3], ['pmr-effect', 'same']] as const) one.send({ type: 'answer', item, value });
      one.send({ type: 'next' });
      one.send({ type: 'next' });
      one.send({ type: 'next' });
      one.send({ type: 'answer', item: 'relax-before', value: 4 });
      one.send({ type: 'answer', item: 'pain-before', value: 5 });
      one.send({ type: 'next' });
      one.send({ type: 'practice.start', practice: 'slow-breathing' });
    }
    const prompt = renderVoice(session.getFrame());
    assertValidSsml(prompt.ssml);
    expect(prompt.expects).toBe('practice');
    expect(prompt.ssml).toContain(
      '<p>Sit so you feel steady. Let your shoulders drop.<break time="10s"/><break time="6s"/></p><p>Place one hand on your belly. Breathe the way you normally do.<break time="10s"/><break time="10s"/></p>',
    );
    expect(prompt.text.split('\n').filter((line) => line.includes('[pause'))).toHaveLength(12);
    now = 80_000;
    const resumed = renderVoice(timed.getFrame(), { previous: timed.getFrame() }).text.split('\n');
    expect(resumed[0]).toBe('Slow breathing.');
    expect(resumed[1]).toMatch(/^Breathe out slowly through your mouth/);
  });

  it('emits valid SSML on every prompt of every voice-ready lesson', () => {
    let count = 0;
    for (const lesson of bundle.lessons) {
      if (voiceProblems(bundle, lesson.id).some((problem) => problem.code === 'required-unsupported')) continue;
      walkByKeys(start(lesson.id), (prompt) => {
        assertValidSsml(prompt.ssml);
        count += 1;
      });
    }
    expect(count).toBeGreaterThan(200);
  });
});

describe('renderVoice on hand-made frames', () => {
  it('does not repeat the step title or the text already spoken for the same step', () => {
    const before = frameOf([prose('About your pain.'), rating(), choice(['Yes', 'No'])]);
    const after = frameOf([prose('About your pain.'), rating({ value: 3, status: 'answered' }), choice(['Yes', 'No'])]);
    expect(renderVoice(after, { previous: before }).text).toBe('Which one?\nFor Yes, press 1. For No, press 2.\nTo hear this again, press star. For all the keys, press star 0.');
    expect(renderVoice(after, { previous: null }).text.split('\n').slice(0, 3)).toEqual(['Test lesson.', 'First step.', 'About your pain.']);
  });

  it('says the current answer when a single answered question is revisited, and how to keep it', () => {
    const frame = frameOf([rating({ value: 6, status: 'answered' })], { focus: null });
    expect(renderVoice(frame, { previous: frame }).text).toBe(
      'Your answer was 6.\nHow strong is your pain?\nEnter a number from 0 to 10, then press pound. 0 means No pain. 10 means Worst pain.\nTo keep this answer and go on, press star 9. To hear this again, press star. For all the keys, press star 0.',
    );
  });

  it('speaks homework with its plan, leaves out coach notes, and says a thought record needs the app', () => {
    const frame = frameOf([
      { type: 'homework', id: 'hw', skill: 'pmr', per: 'day', times: 1, days: 7, content: [{ type: 'paragraph', children: [{ type: 'text', value: 'Relax daily.' }] }], text: 'Relax daily.' },
      { type: 'coach-note', content: [], text: 'Ask about barriers.' },
      thoughtRecord(),
    ]);
    const prompt = renderVoice(frame, { previous: null, lang: 'en-GB' });
    expect(prompt.text).toContain('Relax daily.\nYour plan: 1 time a day, for 7 days.');
    expect(prompt.text).not.toContain('barriers');
    expect(prompt.text).toContain('This question cannot be answered by phone. Please answer it in the app or on the website.');
    expect(prompt).toMatchObject({ expects: 'none', item: 'record' });
    expect(prompt.ssml).toContain('xml:lang="en-GB"');
  });

  it('offers a practice before it starts, and says when it is paused', () => {
    expect(renderVoice(frameOf([practice()]), { previous: null }).text).toBe(
      'Test lesson.\nFirst step.\nSlow breathing. It takes about 1 minute.\nTo start the practice, press 1. To go on, press star 9. To hear this again, press star. For all the keys, press star 0.',
    );
    const paused = frameOf([practice({ status: 'paused', minutes: 5, actions: ['practice.resume', 'practice.complete'] })]);
    expect(renderVoice(paused, { previous: paused }).text).toBe(
      'Slow breathing is paused.\nTo carry on with the practice, press 1. To finish the practice, press 3. To go on, press star 9. To hear this again, press star. For all the keys, press star 0.',
    );
  });

  it('welcomes back an exited session and says goodbye once completed', () => {
    expect(renderVoice(frameOf([rating()], { status: 'exited', actions: ['resume'] })).text).toBe(
      'Test lesson.\nYou stopped here last time.\nTo carry on where you left off, press 1. To hear this again, press star. For all the keys, press star 0.',
    );
    expect(renderVoice(frameOf([], { status: 'completed', step: null, actions: [] }), { previous: frameOf([]) }).text).toBe(
      'You have finished Test lesson. Thank you. Goodbye.\nTo hear this again, press star.',
    );
  });
});

describe('renderVoice on instruments and repeated crisis steps', () => {
  const points = [0, 1, 2, 3].map((value) => ({ value, label: ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'][value]! }));
  const item = (id: string, value: number | null) => ({ kind: 'scale' as const, id, label: `Question ${id}`, optional: false, constraints: { points }, value, status: value === null ? ('unanswered' as const) : ('answered' as const) });
  const instrument = (first: number | null) =>
    frameOf([{ type: 'instrument', id: 'phq-2', ref: 'phq-2', title: 'PHQ-2', instructions: 'Over the last 2 weeks, how often?', items: [item('q1', first), item('q2', null)], score: null }]);

  it('says the instrument instructions before its first item only', () => {
    const first = instrument(null);
    expect(renderVoice(first, { previous: first }).text.split('\n')[0]).toBe('Over the last 2 weeks, how often?');
    const second = renderVoice(instrument(1), { previous: first });
    expect(second.text.split('\n')[0]).toBe('Question q2');
    expect(second.keys.bindings.filter((binding) => binding.action === 'answer').map((binding) => [binding.keys, binding.event])).toEqual([
      ['1', { type: 'answer', item: 'q2', value: 0 }],
      ['2', { type: 'answer', item: 'q2', value: 1 }],
      ['3', { type: 'answer', item: 'q2', value: 2 }],
      ['4', { type: 'answer', item: 'q2', value: 3 }],
    ]);
  });

  it('speaks crisis resources again on the same step, but not its text', () => {
    const frame = frameOf([crisis(), prose('You are not alone.')], { flow: 'safety', actions: ['next', 'exit'] });
    const again = renderVoice(frame, { previous: frame }).text.split('\n');
    expect(again[0]).toBe('Get help now.');
    expect(again).not.toContain('You are not alone.');
  });
});
