import { createSession, type Session, type SessionRecord } from '@copekit/engine';
import type { Bundle } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { curriculumBundle, walkUntil } from '@copekit/engine/frames/testing';
import { assertValidSsml } from '../test-utils/ssml.js';
import { createVoiceCall, type VoiceCall } from './create-voice-call.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await curriculumBundle();
});

let now = 0;
function start(lesson: string): Session {
  now = 1_700_000_000_000;
  return createSession(bundle, { lesson, mode: 'self-directed', participant: 'p-0042', clock: { now: () => now } });
}

/** Presses each entry; returns `keys → reprompt reason or expects` and checks every prompt's SSML. */
function press(call: VoiceCall, entries: string[]): string[] {
  return entries.map((keys) => {
    const turn = call.press(keys);
    assertValidSsml(turn.prompt.ssml);
    return `${keys} → ${turn.reprompt ?? turn.prompt.expects}`;
  });
}

function ofType<T extends SessionRecord['type']>(records: readonly SessionRecord[], type: T): Extract<SessionRecord, { type: T }>[] {
  return records.filter((record): record is Extract<SessionRecord, { type: T }> => record.type === type);
}

describe('createVoiceCall', () => {
  it('completes the daily check-in from key presses, re-prompting keys that do not fit', () => {
    const session = start('daily-check-in');
    const call = createVoiceCall(session);
    expect(call.answer().expects).toBe('digits');
    expect(press(call, ['7', '7#', '0', '1', '30#', '45#', '*3', '*', '11#', '10#', '*9'])).toEqual([
      '7 → unfinished',
      '7# → choice',
      '0 → out-of-range',
      '1 → digits',
      '30# → digits',
      '45# → digits',
      '*3 → digits',
      '* → repeat',
      '11# → out-of-range',
      '10# → none',
      '*9 → none',
    ]);
    expect(ofType(session.getRecords(), 'lesson.completed')[0]!.payload).toEqual({
      answers: { 'pain-today': 7, practised: 'yes', 'practice-minutes': 30, 'active-minutes': 45, 'sleep-quality': 10 },
      scores: {},
      skipped: ['steps'],
    });
    expect(ofType(session.getRecords(), 'event.rejected')).toEqual([]);
  });

  it('reaches the crisis resources and the alert from the risk item, and returns to the lesson after confirming', () => {
    const session = start('weekly-mood');
    const call = createVoiceCall(session);
    call.answer();
    press(call, ['*9', '1', '1']);
    const crisis = call.press('2');
    expect(crisis.event).toEqual({ type: 'answer', item: 'self-harm-thoughts', value: 'yes' });
    expect(crisis.prompt.text.split('\n').slice(0, 2)).toEqual(['Get help now.', 'Call 911. Call 911 if you are in danger right now or have hurt yourself.']);
    expect(ofType(session.getRecords(), 'safety.alert').map((record) => record.payload)).toEqual([
      { lesson: 'weekly-mood', item: 'self-harm-thoughts', value: 'yes', started: true },
    ]);
    expect(press(call, ['1', '*9', '3', '2', '2', '1', '*9'])).toEqual([
      '1 → crisis',
      '*9 → choice',
      '3 → choice',
      '2 → choice',
      '2 → choice',
      '1 → none',
      '*9 → none',
    ]);
    const back = call.press('*9');
    expect(back).toMatchObject({ event: { type: 'acknowledge' }, prompt: { expects: 'choice', item: 'self-harm-thoughts' } });
    expect(back.prompt.text).toContain('Your answer was Yes.');
    expect(session.getFrame()).toMatchObject({ flow: 'lesson', step: { id: 'more-mood' } });
    expect(ofType(session.getRecords(), 'safety.acknowledged')).toHaveLength(1);
  });

  it('runs a practice by its keys, timed by the session clock', () => {
    const session = start('mini-practices');
    walkUntil(session, (frame) => frame.step?.id === 'breathing-practice');
    const call = createVoiceCall(session);
    expect(call.answer().expects).toBe('practice');
    expect(call.press('1').prompt.text).toContain('Sit so you feel steady.');
    now += 120_000;
    expect(call.press('2').event).toEqual({ type: 'practice.pause', practice: 'slow-breathing' });
    now += 60_000;
    call.press('1');
    now += 180_000;
    const done = call.press('3');
    expect(done.prompt.text.split('\n')[0]).toBe('A 1-minute mini-practice.');
    expect(session.getRecords().filter((record) => record.type === 'practice.completed').map((record) => record.payload)).toEqual([
      { lesson: 'mini-practices', practice: 'slow-breathing', elapsed: 300, cue: 11 },
    ]);
  });

  it('answers a text item with the reference of the audio the host recorded', () => {
    const session = start('pain-and-relaxation');
    walkUntil(session, (frame) => frame.focus === 'goal');
    const call = createVoiceCall(session);
    const prompt = call.answer();
    expect(prompt).toMatchObject({ expects: 'recording', item: 'goal' });
    expect(prompt.text).toContain('After the tone, say your answer. Then press pound.\nTo skip this question, press star 3.');
    expect(call.record('https://audio.example/calls/1.wav').event).toEqual({ type: 'answer', item: 'goal', value: 'https://audio.example/calls/1.wav' });
    expect(() => call.record('again')).toThrow(/^VoiceCall.record: the prompt expects none, not a recording/);
  });

  it('exits on hang-up so the next call resumes, and does nothing once completed', () => {
    const session = start('daily-check-in');
    const call = createVoiceCall(session);
    call.answer();
    call.press('4#');
    call.hangUp();
    expect(session.getFrame().status).toBe('exited');
    const next = createVoiceCall(session);
    expect(next.answer().text).toBe('Daily check-in.\nYou stopped here last time.\nTo carry on where you left off, press 1. To hear this again, press star. For all the keys, press star 0.');
    expect(next.press('1').prompt.item).toBe('practised');
    const done = start('daily-check-in');
    const finished = createVoiceCall(done);
    for (const keys of ['1#', '2', '0#', '*3', '5#', '*9']) finished.press(keys);
    expect(done.getFrame().status).toBe('completed');
    finished.hangUp();
    expect(ofType(done.getRecords(), 'session.exited')).toEqual([]);
  });

  it('turns an event the session refuses into a spoken re-prompt', () => {
    const session = start('daily-check-in');
    const refusing = new Proxy(session, {
      get(target, key) {
        if (key === 'send') return () => ({ accepted: false, reason: 'required-unanswered', message: 'Answer first.' });
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const turn = createVoiceCall(refusing).press('5#');
    expect(turn).toMatchObject({ event: null, reprompt: 'not-allowed', prompt: { expects: 'digits', item: 'pain-today' } });
    expect(turn.prompt.text.split('\n')[0]).toBe('Sorry, please answer the question first.');
    assertValidSsml(turn.prompt.ssml);
  });

  it('leaves the step to the caller when auto-advance is off', () => {
    const session = start('daily-check-in');
    const call = createVoiceCall(session, { autoAdvance: false, lang: 'en-GB' });
    call.answer();
    const turn = call.press('4#');
    expect(turn.prompt.text.split('\n')[0]).toBe('Your answer was 4.');
    expect(turn.prompt.ssml).toContain('xml:lang="en-GB"');
    expect(call.press('*9').prompt.item).toBe('practised');
  });

  it('gives help, repeats the whole step and goes back by keys', () => {
    const session = start('daily-check-in');
    const call = createVoiceCall(session);
    call.answer();
    call.press('5#');
    const help = call.press('*0');
    expect(help).toMatchObject({ event: null, reprompt: 'help', prompt: { expects: 'choice', item: 'practised' } });
    expect(help.prompt.text).toBe(
      'Here are the keys you can use.\nFor Yes, press 1. For No, press 2.\nTo hear this again, press star. To hear all the keys, press star 0. To go back, press star 7.',
    );
    expect(call.press('*').prompt.text.split('\n').slice(0, 2)).toEqual(['Practice.', 'Did you practise a coping skill today?']);
    const back = call.press('*7');
    expect(back.event).toEqual({ type: 'back' });
    expect(back.prompt.text.split('\n').slice(0, 3)).toEqual(['Pain.', 'Your answer was 5.', 'How strong was your pain today, on average?']);
    expect(call.press('*9').prompt.item).toBe('practised');
    expect(ofType(session.getRecords(), 'item.answered')).toHaveLength(1);
  });

  it('speaks bold prose with emphasis, as in the safety lesson', () => {
    const session = start('weekly-mood');
    const call = createVoiceCall(session);
    call.answer();
    press(call, ['*9', '1', '1', '2', '*9', '2', '2', '2']);
    const steps = call.press('2');
    expect(steps.prompt.ssml).toContain('<emphasis level="strong">Please get help right now.</emphasis>');
    expect(steps.prompt.text.split('\n')[0]).toBe('Get help now.');
  });

  it('says the answers given when going back to a step with several questions', () => {
    const session = start('pain-and-relaxation');
    walkUntil(session, (frame) => frame.focus === 'goal');
    const call = createVoiceCall(session);
    call.answer();
    call.record('audio:first');
    const back = call.press('*7');
    expect(back.prompt).toMatchObject({ expects: 'none', item: null });
    expect(back.prompt.text.split('\n').slice(-3)).toEqual([
      'Which part of your life is your goal about? You answered Family.',
      'Write your goal in a few words. You answered your recording.',
      'To go on, press star 9. To hear this again, press star. For all the keys, press star 0.',
    ]);
    expect(ofType(session.getRecords(), 'item.answered').filter((record) => record.payload.item === 'goal').map((record) => record.payload.value)).toEqual(['audio:first']);
  });
});
