import type { SessionRecord } from '@copekit/engine';
import type { Bundle } from '@copekit/schema';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertValidSsml } from '../../../packages/voice/src/test-utils/ssml.js';
import { parseCallScript, type CallScript } from './call-script.js';
import { describeKeys } from './describe-keys.js';
import { SECONDS_PER_TURN, simulateCall, simulatedClock, type SimulatedCall } from './simulate-call.js';
import { curriculumBundle } from '@copekit/engine/frames/testing';

let bundle: Bundle;
let demo: CallScript;
let calls: SimulatedCall[];

beforeAll(async () => {
  bundle = await curriculumBundle();
  demo = parseCallScript(readFileSync(new URL('../scripts/demo.json', import.meta.url), 'utf8'), 'demo.json');
  const clock = simulatedClock(Date.UTC(2026, 0, 5, 18, 0));
  calls = demo.calls.map((call, index) => simulateCall(bundle, call, { participant: demo.participant, session: `call-${index + 1}`, clock }));
});

const records = (call: SimulatedCall) => call.session.getRecords();
const ofType = <T extends SessionRecord['type']>(call: SimulatedCall, type: T) =>
  records(call).filter((record): record is Extract<SessionRecord, { type: T }> => record.type === type);

describe('the demo calls', () => {
  it('emit valid SSML on every prompt, re-prompting only the keys meant to show it', () => {
    const prompts = calls.flatMap((call) => call.turns);
    for (const turn of prompts) assertValidSsml(turn.prompt.ssml);
    expect(prompts.filter((turn) => turn.reprompt !== null).map((turn) => `${turn.input} ${turn.reprompt}`)).toEqual(['* repeat', '20 unfinished', '1 crisis']);
  });

  it('complete the daily check-in from key presses', () => {
    const [checkIn] = calls;
    expect(checkIn!.status).toBe('completed');
    expect(ofType(checkIn!, 'lesson.completed')[0]).toMatchObject({
      payload: { answers: { 'pain-today': 6, practised: 'yes', 'practice-minutes': 20, 'active-minutes': 45, 'sleep-quality': 7 }, skipped: ['steps'] },
    });
    expect(ofType(checkIn!, 'event.rejected')).toEqual([]);
  });

  it('run the slow breathing practice for its length, then hang up mid-lesson', () => {
    const practice = calls[1]!;
    expect(practice.status).toBe('exited');
    expect(records(practice).filter((record) => record.type === 'practice.completed').map((record) => record.payload)).toEqual([
      { lesson: 'mini-practices', practice: 'slow-breathing', elapsed: 300 + SECONDS_PER_TURN, cue: 11 },
    ]);
    const running = practice.turns.find((turn) => turn.input === '1' && turn.prompt.expects === 'practice' && turn.prompt.ssml.includes('<break'));
    expect(running?.prompt.ssml).toContain('<p>Sit so you feel steady. Let your shoulders drop.<break time="10s"/><break time="6s"/></p>');
    expect(records(practice).at(-1)?.type).toBe('session.exited');
  });

  it('reach the crisis resources and a safety alert when the risk item is answered', () => {
    const mood = calls[2]!;
    expect(mood.status).toBe('completed');
    expect(ofType(mood, 'safety.alert').map((record) => record.payload)).toEqual([{ lesson: 'weekly-mood', item: 'self-harm-thoughts', value: 'yes', started: true }]);
    const crisis = mood.turns.find((turn) => turn.input === '2' && turn.prompt.text.startsWith('Get help now.'));
    expect(crisis?.prompt.ssml).toContain('<p>Call <say-as interpret-as="telephone">988</say-as>. Call the <say-as interpret-as="telephone">988</say-as> Suicide and Crisis Lifeline');
    expect(crisis && describeKeys(crisis.prompt)).toBe('none: * repeat, *0 help, 1 crisis, *9 next');
    const types = records(mood).map((record) => record.type);
    expect(types.indexOf('safety.acknowledged')).toBeGreaterThan(types.indexOf('safety.alert'));
    expect(ofType(mood, 'lesson.completed')[0]).toMatchObject({ payload: { answers: { 'self-harm-thoughts': 'yes' } } });
  });

  it('keep one clock across calls, stamped on the records', () => {
    const starts = calls.map((call) => records(call)[0]!.at);
    expect(starts[0]).toBe(Date.UTC(2026, 0, 5, 18, 0));
    expect(starts[1]!).toBeGreaterThan(starts[0]!);
    expect(calls.map((call) => records(call)[0]!.session)).toEqual(['call-1', 'call-2', 'call-3']);
  });
});

describe('simulateCall', () => {
  it('hangs up when the script runs out, and refuses steps after the lesson ended', () => {
    const short = simulateCall(bundle, { lesson: 'daily-check-in', steps: [{ keys: '3#' }] }, { participant: 'p', session: 's', clock: simulatedClock(0) });
    expect(short.status).toBe('exited');
    const steps = ['1#', '2', '0#', '*3', '5#', '*9', '*9'].map((keys) => ({ keys }));
    expect(() => simulateCall(bundle, { lesson: 'daily-check-in', steps }, { participant: 'p', session: 's', clock: simulatedClock(0) })).toThrow(
      'Call for `daily-check-in`: step 7 comes after the lesson ended.',
    );
  });

  it('records audio answers by reference', () => {
    const seen: string[] = [];
    const call = simulateCall(
      bundle,
      { lesson: 'pain-and-relaxation', steps: [...['*9', '*3', '*3', '1'].map((keys) => ({ keys })), { record: 'audio:goal-1' }] },
      { participant: 'p', session: 's', clock: simulatedClock(0), onTurn: (turn) => seen.push(turn.prompt.expects) },
    );
    expect(seen).toEqual(['none', 'digits', 'digits', 'choice', 'recording', 'none']);
    expect(ofType(call, 'item.answered').map((record) => record.payload.value)).toEqual(['family', 'audio:goal-1']);
  });
});

describe('simulatedClock', () => {
  it('moves only when told, in seconds', () => {
    const clock = simulatedClock(1_000);
    expect(clock.now()).toBe(1_000);
    expect(clock.now()).toBe(1_000);
    clock.advance(2.5);
    expect(clock.now()).toBe(3_500);
  });
});

describe('simulateCall turns', () => {
  it('reports every prompt in order to onTurn, keys and re-prompts included', () => {
    const seen: string[] = [];
    simulateCall(
      bundle,
      { lesson: 'daily-check-in', steps: [{ keys: '12#' }, { keys: '2#' }, { wait: 10 }, { keys: '*7' }, { hangUp: true }] },
      { participant: 'p', session: 's', clock: simulatedClock(0), onTurn: (turn) => seen.push(`${turn.input ?? 'answer'} ${turn.reprompt ?? turn.prompt.expects}`) },
    );
    expect(seen).toEqual(['answer digits', '12# out-of-range', '2# choice', '*7 digits']);
  });
});
