import { createSession, type Session, type SessionRecord } from '@copekit/engine';
import type { Bundle } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { curriculumBundle, walkUntil } from '@copekit/engine/frames/testing';
import { createTextConversation } from './create-text-conversation.js';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await curriculumBundle();
});

function start(lesson: string, options: { mode?: 'guided' | 'self-directed' } = {}): Session {
  let now = 1_700_000_000_000;
  return createSession(bundle, { lesson, mode: options.mode ?? 'self-directed', participant: 'p-0042', clock: { now: () => (now += 1000) } });
}

/** The conversation as a transcript: each reply, then the last message sent back. */
function run(chat: ReturnType<typeof createTextConversation>, replies: string[]): string[] {
  return replies.map((reply) => `> ${reply}\n${chat.reply(reply).at(-1)!}`);
}

function ofType<T extends SessionRecord['type']>(records: readonly SessionRecord[], type: T): Extract<SessionRecord, { type: T }>[] {
  return records.filter((record): record is Extract<SessionRecord, { type: T }> => record.type === type);
}

describe('createTextConversation', () => {
  it('runs the daily check-in as a scripted conversation, re-prompting unclear replies', () => {
    const session = start('daily-check-in');
    const chat = createTextConversation(session);
    expect(chat.start()[0]).toMatch(/^Daily check-in\n\nPain \(1\/5\)\n\nHow strong was your pain today, on average\?/);
    expect(run(chat, ['7/10', 'maybe', 'Yes', 'half an hour', '30', '45 minutes', 'skip', '11', '6', 'ok'])).toMatchInlineSnapshot(`
      [
        "> 7/10
      Practice (2/5)

      Did you practise a coping skill today?
      1) Yes
      2) No

      Reply with a number from 1 to 2 (or back, help).",
        "> maybe
      Sorry, I did not understand "maybe". Reply with a number from 1 to 2 (or back, help).",
        "> Yes
      About how many minutes did you practise in total?

      Reply with the number of minutes from 0 to 300 (or back, help).",
        "> half an hour
      Sorry, I did not understand "half an hour". Reply with the number of minutes from 0 to 300 (or back, help).",
        "> 30
      Activity (3/5)

      About how many minutes were you up and active today, like walking or chores?

      Reply with the number of minutes from 0 to 1440 (or back, help).",
        "> 45 minutes
      If you count your steps, how many did you take today?

      Reply with the number of steps from 0 to 100000 (or skip, back, help).",
        "> skip
      Sleep (4/5)

      How well did you sleep last night?
      0 = Very badly, 10 = Very well

      Reply with a number from 0 to 10 (or back, help).",
        "> 11
      11 is out of range. Reply with a number from 0 to 10 (or back, help).",
        "> 6
      Thank you (5/5)

      Thank you for checking in. These questions help you and your coach see patterns. They are not a medical test.

      Reply ok to go on (or back, help).",
        "> ok
      You have finished Daily check-in. Thank you.",
      ]
    `);
    const records = session.getRecords();
    expect(ofType(records, 'item.answered').map((record) => [record.payload.item, record.payload.value])).toEqual([
      ['pain-today', 7],
      ['practised', 'yes'],
      ['practice-minutes', 30],
      ['active-minutes', 45],
      ['sleep-quality', 6],
    ]);
    expect(ofType(records, 'item.skipped').map((record) => record.payload.item)).toEqual(['steps']);
    expect(ofType(records, 'event.rejected')).toEqual([]);
    expect(ofType(records, 'lesson.completed')[0]!.payload).toEqual({
      answers: { 'pain-today': 7, practised: 'yes', 'practice-minutes': 30, 'active-minutes': 45, 'sleep-quality': 6 },
      scores: {},
      skipped: ['steps'],
    });
  });

  it('reaches the crisis resources and the alert from a risk answer, and returns to the lesson after ok', () => {
    const session = start('weekly-mood');
    const chat = createTextConversation(session);
    chat.start();
    run(chat, ['ok', '1', '1']);
    const crisis = chat.reply('yes');
    expect(crisis[0]).toMatch(/^Get help now \(United States\):\n- Call 911: /);
    expect(crisis.join('\n')).toContain('- Call 988: Call the 988 Suicide and Crisis Lifeline any time, day or night, for free.');
    expect(ofType(session.getRecords(), 'safety.alert').map((record) => record.payload)).toEqual([
      { lesson: 'weekly-mood', item: 'self-harm-thoughts', value: 'yes', started: true },
    ]);
    const safety = run(chat, ['ok', 'not sure', '3', '2', '2', '1', 'ok', 'ok']);
    expect(safety[1]).toBe('> not sure\nSorry, I did not understand "not sure". Reply with a number from 1 to 3 (or back, help).');
    expect(safety.at(-2)).toMatch(/Reply ok to confirm and go back to your lesson \(or back, help\)\.$/);
    expect(safety.at(-1)).toMatch(/^> ok\nA few more questions \(3\/5\)\n\nYour answer: Yes\./);
    expect(session.getFrame().flow).toBe('lesson');
    expect(ofType(session.getRecords(), 'safety.acknowledged')).toHaveLength(1);
  });

  it('turns an event the session refuses into a re-prompt that changes nothing', () => {
    const session = start('daily-check-in');
    const refusing = new Proxy(session, {
      get(target, key) {
        if (key === 'send') return () => ({ accepted: false, reason: 'required-unanswered', message: 'Answer `pain-today` first.' });
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const chat = createTextConversation(refusing);
    chat.start();
    expect(chat.handle('5')).toEqual({
      messages: ['Please answer this question first. Reply with a number from 0 to 10 (or help).'],
      event: null,
      reprompt: 'not-allowed',
    });
    expect(session.getFrame().focus).toBe('pain-today');
  });

  it('asks a thought record field by field, goes back a field, and sends it whole', () => {
    const session = start('balanced-thoughts');
    walkUntil(session, (frame) => frame.focus === 'thought-record');
    const chat = createTextConversation(session);
    expect(chat.start().join('\n')).toContain('Work through one upsetting thought.\n\n(1 of 8) What happened? Where were you, and who was there?');
    expect(chat.reply('At the shop')).toEqual(['(2 of 8) What went through your mind?\n\nReply with your answer in your own words (or back, help).']);
    expect(chat.reply('back')[0]).toContain('(1 of 8) What happened?');
    run(chat, ['At the shop, in a long line', 'I cannot cope', 'Worried', 'eighty', '80', 'My back hurt', 'I have coped before', 'I can take a break']);
    expect(chat.reply('30').join('\n')).not.toContain('(8 of 8)');
    const answered = ofType(session.getRecords(), 'item.answered').find((record) => record.payload.item === 'thought-record');
    expect(answered?.payload.value).toEqual({
      situation: 'At the shop, in a long line',
      thought: 'I cannot cope',
      feeling: 'Worried',
      intensity: 80,
      'evidence-for': 'My back hurt',
      'evidence-against': 'I have coped before',
      'balanced-thought': 'I can take a break',
      'rerated-intensity': 30,
    });
  });

  it('says what each reply did', () => {
    const chat = createTextConversation(start('daily-check-in'));
    chat.start();
    expect(chat.handle('soon')).toMatchObject({ event: null, reprompt: 'unclear' });
    expect(chat.handle('help')).toMatchObject({ event: null, reprompt: 'help' });
    expect(chat.handle('3')).toMatchObject({ event: { type: 'answer', item: 'pain-today', value: 3 }, reprompt: null, messages: [expect.stringMatching(/^Practice \(2\/5\)/)] });
  });

  it('leaves the step to the participant when auto-advance is off', () => {
    const session = start('daily-check-in');
    const chat = createTextConversation(session, { autoAdvance: false });
    chat.start();
    expect(chat.reply('4')).toEqual(['Your answer: 4.\n\nHow strong was your pain today, on average?\n0 = No pain, 10 = Worst pain you can imagine\n\nReply with a number from 0 to 10 (or ok, help).']);
    expect(session.getFrame().step?.id).toBe('pain');
    chat.reply('ok');
    expect(session.getFrame().step?.id).toBe('practice');
  });

  it('shows coach notes to a coach in guided delivery, and splits at the length asked', () => {
    const chat = createTextConversation(start('daily-check-in', { mode: 'guided' }), { audience: 'coach', maxLength: 120 });
    const messages = chat.start();
    expect(messages.join('\n')).toContain('Coach note: These check-in items are original to Copekit');
    expect(messages.every((message) => message.length <= 120)).toBe(true);
  });

  it('stops with stop and carries on with resume', () => {
    const session = start('daily-check-in');
    const chat = createTextConversation(session);
    chat.start();
    expect(chat.reply('stop')).toEqual(['Daily check-in: paused.\n\nReply resume to carry on where you left off.']);
    expect(session.getFrame().status).toBe('exited');
    expect(chat.reply('resume')[0]).toMatch(/^Pain \(1\/5\)/);
    expect(ofType(session.getRecords(), 'session.resumed')).toHaveLength(1);
  });

  it('starts a thought record over after the participant stops and comes back', () => {
    const session = start('balanced-thoughts');
    walkUntil(session, (frame) => frame.focus === 'thought-record');
    const chat = createTextConversation(session);
    chat.start();
    chat.reply('At the shop');
    expect(chat.reply('stop')[0]).toMatch(/paused/);
    expect(chat.reply('resume').join('\n')).toContain('(1 of 8) What happened?');
  });

  it('repeats where the session is, in full, on start', () => {
    const session = start('daily-check-in');
    const chat = createTextConversation(session);
    chat.start();
    chat.reply('3');
    expect(chat.start()[0]).toMatch(/^Daily check-in\n\nPractice \(2\/5\)\n\nDid you practise a coping skill today\?/);
  });

  it('answers a multiple choice by option labels and numbers', () => {
    const session = start('pain-and-relaxation');
    walkUntil(session, (frame) => frame.focus === 'gate-openers');
    const chat = createTextConversation(session);
    chat.start();
    expect(chat.handle('1 and 3')).toMatchObject({ event: { type: 'answer', item: 'gate-openers', value: ['stress', 'sleep'] } });
    expect(chat.handle('i sleep badly, 9')).toMatchObject({ reprompt: 'out-of-range' });
    expect(chat.handle('I overdo it on good days, then crash')).toMatchObject({ event: { type: 'answer', item: 'cycle-parts', value: ['boom-bust'] } });
    chat.reply('back');
    expect(chat.handle('I sleep badly, I feel low or on edge')).toMatchObject({ event: { type: 'answer', item: 'cycle-parts', value: ['sleep', 'mood'] } });
  });
});
