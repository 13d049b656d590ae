/**
 * Test helper: completes a lesson through a voice call by pressing the keys
 * each prompt offers, handing every prompt to a visitor.
 *
 * @module
 */

import type { Session } from '@copekit/engine';
import { createVoiceCall } from '../call/create-voice-call.js';
import type { VoicePrompt } from '../render/render-voice.js';

/** The keys a walk presses for a prompt: the first option, the lowest number, the practice keys in turn, or go on. */
export function walkKeys(prompt: VoicePrompt): string | null {
  const has = (keys: string) => prompt.keys.bindings.some((binding) => binding.keys === keys);
  const digits = prompt.keys.digits;
  if (prompt.expects === 'choice') return '1';
  if (digits !== null) return digits.kind === 'number' ? `${Math.max(0, digits.min ?? 0)}#` : '1#';
  if (prompt.expects === 'practice') return has('2') ? '2' : has('3') ? '3' : '1';
  if (has('*3') && prompt.expects === 'none') return '*3';
  return has('*9') ? '*9' : null;
}

/**
 * Presses through the lesson of `session` by keypad, recording audio for
 * text items, and calls `visit` with every prompt played (re-prompts
 * included). Throws when a prompt offers no way on, or after 500 turns.
 */
export function walkByKeys(session: Session, visit: (prompt: VoicePrompt) => void): void {
  const call = createVoiceCall(session);
  let prompt = call.answer();
  visit(prompt);
  for (let turn = 0; turn < 500; turn += 1) {
    if (session.getFrame().status === 'completed') return;
    const keys = walkKeys(prompt);
    const result = prompt.expects === 'recording' ? call.record(`audio:${turn}`) : keys === null ? null : call.press(keys);
    if (result === null) throw new Error(`walkByKeys: no way on from:\n${prompt.text}`);
    if (result.reprompt !== null && result.reprompt !== 'crisis') throw new Error(`walkByKeys: ${keys} was re-prompted (${result.reprompt}):\n${result.prompt.text}`);
    prompt = result.prompt;
    visit(prompt);
  }
  throw new Error('walkByKeys: the lesson did not end in 500 turns');
}
