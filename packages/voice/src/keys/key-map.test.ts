import { createSession } from '@copekit/engine';
import type { Bundle } from '@copekit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderVoice, type VoicePrompt } from '../render/render-voice.js';
import { choice, crisis, curriculumBundle, frameOf, minutes, practice, prose, rating, textEntry, thoughtRecord } from '@copekit/engine/frames/testing';
import { walkByKeys } from '../test-utils/walk-keys.js';
import { voiceProblems } from '../problems/voice-problems.js';
import { keyMap, type KeyMap } from './key-map.js';
import { keysComplete } from './keys-complete.js';

const keysOf = (map: KeyMap) => map.bindings.map((binding) => `${binding.keys}=${binding.action}`);

describe('keyMap', () => {
  it('binds options 1 to n for a choice, with repeat, help and back', () => {
    const map = keyMap(frameOf([choice(['Yes', 'No'])]));
    expect(map.expects).toBe('choice');
    expect(keysOf(map)).toEqual(['*=repeat', '*0=help', '1=answer', '2=answer', '*7=back']);
    expect(map.bindings[3]).toEqual({ keys: '2', action: 'answer', label: 'No', event: { type: 'answer', item: 'pick', value: 'no' } });
  });

  it('expects digits for a rating, with skip for an optional one and go on once answerable', () => {
    const map = keyMap(frameOf([rating({ optional: true })], { actions: ['next', 'back', 'exit'] }));
    expect(map.expects).toBe('digits');
    expect(map.digits).toEqual({ kind: 'number', item: 'pain', min: 0, max: 10 });
    expect(keysOf(map)).toEqual(['*=repeat', '*0=help', '*3=skip', '*7=back', '*9=next']);
  });

  it('reads more than 9 options and multiple choices as digits', () => {
    const labels = Array.from({ length: 10 }, (_, index) => `Option ${index + 1}`);
    expect(keyMap(frameOf([choice(labels)])).digits).toMatchObject({ kind: 'option', item: 'pick' });
    const multiple = choice(['A', 'B'], { constraints: { multiple: true, options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] } });
    expect(keyMap(frameOf([multiple]))).toMatchObject({ expects: 'digits', digits: { kind: 'options', options: [{ value: 'a' }, { value: 'b' }] } });
  });

  it('expects a recording for text, and nothing but commands for a thought record', () => {
    expect(keyMap(frameOf([textEntry()])).expects).toBe('recording');
    expect(keyMap(frameOf([thoughtRecord()]))).toMatchObject({ expects: 'none', digits: null });
  });

  it('binds practice keys by status', () => {
    expect(keysOf(keyMap(frameOf([practice()])))).toEqual(['*=repeat', '*0=help', '1=practice.start', '*7=back', '*9=next']);
    const running = practice({ status: 'running', actions: ['practice.pause', 'practice.complete'] });
    expect(keysOf(keyMap(frameOf([running])))).toEqual(['*=repeat', '*0=help', '2=practice.pause', '3=practice.complete', '*7=back', '*9=next']);
    const paused = practice({ status: 'paused', actions: ['practice.resume', 'practice.complete'] });
    expect(keyMap(frameOf([paused])).bindings.find((binding) => binding.keys === '1')?.event).toEqual({ type: 'practice.resume', practice: 'breathing' });
  });

  it('binds 1 to the crisis numbers only when no question or practice is open', () => {
    expect(keysOf(keyMap(frameOf([crisis(), prose('Help.')], { flow: 'safety', actions: ['acknowledge', 'exit'] })))).toEqual([
      '*=repeat',
      '*0=help',
      '1=crisis',
      '*9=acknowledge',
    ]);
    expect(keysOf(keyMap(frameOf([crisis(), choice(['Yes', 'No'])])))).toEqual(['*=repeat', '*0=help', '1=answer', '2=answer', '*7=back']);
  });

  it('offers resume when exited, and only repeat once completed', () => {
    expect(keysOf(keyMap(frameOf([minutes()], { status: 'exited', actions: ['resume'] })))).toEqual(['*=repeat', '*0=help', '1=resume']);
    expect(keysOf(keyMap(frameOf([], { status: 'completed', step: null, actions: [] })))).toEqual(['*=repeat']);
  });
});

describe('the key plan never lets a command collide with an answer', () => {
  let bundle: Bundle;
  beforeAll(async () => {
    bundle = await curriculumBundle();
  });

  function checkPrompt(prompt: VoicePrompt): void {
    const keys = prompt.keys.bindings.map((binding) => binding.keys);
    expect(new Set(keys).size, `duplicate keys in ${keys.join(',')}`).toBe(keys.length);
    for (const binding of prompt.keys.bindings) {
      // Only a lone star, a star and one digit, or one digit 1–9: never 0 alone, never `#`.
      expect(binding.keys).toMatch(/^(\*|\*\d|[1-9])$/);
      if (binding.action === 'answer') expect(prompt.expects).toBe('choice');
      if (/^\d$/.test(binding.keys) && prompt.expects !== 'choice') expect(binding.action).not.toBe('answer');
      if (prompt.expects === 'choice' && /^\d$/.test(binding.keys)) expect(binding.action).toBe('answer');
      if (binding.keys !== '*') expect(keysComplete(prompt, binding.keys)).toBe(true);
      for (const other of keys) if (other !== binding.keys && binding.keys !== '*') expect(other.startsWith(binding.keys)).toBe(false);
    }
    if (prompt.keys.digits !== null) {
      expect(keys.filter((key) => /^\d$/.test(key))).toEqual([]);
      expect(keysComplete(prompt, '1')).toBe(false);
    }
  }

  it('holds on every prompt of every voice-ready lesson, walked by keypad, safety flow included', () => {
    const walked: string[] = [];
    const prompts: string[] = [];
    for (const lesson of bundle.lessons) {
      if (voiceProblems(bundle, lesson.id).some((problem) => problem.code === 'required-unsupported')) continue;
      const session = createSession(bundle, { lesson: lesson.id, mode: 'self-directed', participant: 'p-1', clock: { now: () => 0 } });
      walkByKeys(session, (prompt) => {
        checkPrompt(prompt);
        prompts.push(prompt.expects);
      });
      walked.push(lesson.id);
    }
    expect(bundle.lessons.map((lesson) => lesson.id).filter((id) => !walked.includes(id))).toEqual(['balanced-thoughts']);
    expect(new Set(prompts)).toEqual(new Set(['choice', 'digits', 'recording', 'practice', 'none']));
  });

  it('holds on the crisis steps reached from a risk answer', () => {
    const session = createSession(bundle, { lesson: 'weekly-mood', mode: 'self-directed', participant: 'p-1', clock: { now: () => 0 } });
    session.send({ type: 'next' });
    session.send({ type: 'answer', item: 'phq-2-q1', value: 0 });
    session.send({ type: 'answer', item: 'phq-2-q2', value: 0 });
    session.send({ type: 'next' });
    session.send({ type: 'answer', item: 'self-harm-thoughts', value: 'yes' });
    const prompt = renderVoice(session.getFrame());
    checkPrompt(prompt);
    expect(prompt.keys.bindings.map((binding) => binding.action)).toContain('crisis');
  });
});
