/**
 * `@copekit/voice`: a telephone (IVR) channel for Copekit sessions, like the
 * COPES program's daily calls. `renderVoice` turns a frame into an SSML
 * prompt and the keypad keys it accepts; `parseKeys` turns the keys pressed
 * into a session event, or a spoken re-prompt; `createVoiceCall` does both
 * around a session; `voiceProblems` checks that a lesson can be completed by
 * keypad.
 *
 * Key plan: a rating or number is its digits then `#` (`0#`, `10#`); a
 * choice is its option number (`1`–`9`, never `0`); `*` repeats; `*0` help;
 * `*3` skip; `*7` back; `*9` go on or confirm. See {@link commandKeys}.
 *
 * @example
 * ```ts
 * import { createSession } from '@copekit/engine';
 * import { createVoiceCall } from '@copekit/voice';
 *
 * const call = createVoiceCall(createSession(bundle, { lesson: 'daily-check-in', mode: 'self-directed', participant: 'p-0042' }));
 * play(call.answer().ssml);
 * onKeys((keys) => play(call.press(keys).prompt.ssml));
 * ```
 *
 * @module
 */

export { renderVoice } from './render/render-voice.js';
export type { RenderVoiceOptions, VoicePrompt } from './render/render-voice.js';
export { parseKeys } from './keys/parse-keys.js';
export type { KeysResult, ParseKeysOptions, VoiceRepromptReason } from './keys/parse-keys.js';
export { keysComplete } from './keys/keys-complete.js';
export type { DigitEntry, KeyAction, KeyBinding, KeyMap, VoiceExpects } from './keys/key-map.js';
export { commandKeys, practiceKeys, CRISIS_AGAIN_KEY, END_KEY, MAX_SINGLE_KEY_OPTIONS, RESUME_KEY } from './keys/key-plan.js';
export { voiceProblems } from './problems/voice-problems.js';
export type { VoiceProblem } from './problems/voice-problems.js';
export type { VoiceEntry, VoiceProblemCode } from './keys/voice-entry.js';
export { createVoiceCall } from './call/create-voice-call.js';
export type { VoiceCall, VoiceCallOptions, VoiceTurn } from './call/create-voice-call.js';
