/**
 * A telephone call around a session: key presses in, prompts out.
 *
 * @module
 */

import type { Frame, Session, SessionEvent } from '@copekit/engine';
import { shouldAdvance } from '@copekit/engine/frames';
import { parseKeys, type VoiceRepromptReason } from '../keys/parse-keys.js';
import { keyMap } from '../keys/key-map.js';
import { questionSpeech, renderVoice, type VoicePrompt } from '../render/render-voice.js';
import { say } from '../speech/speech.js';
import { toSsml } from '../speech/to-ssml.js';
import { toText } from '../speech/to-text.js';

/** Options of {@link createVoiceCall}. */
export interface VoiceCallOptions {
  /** `xml:lang` of the SSML; the curriculum's locale. Default `en-US`. */
  lang?: string;
  /** Send `next` by itself once a step's questions are answered. Default true. */
  autoAdvance?: boolean;
}

/** What to play after keys were pressed, and what they did. */
export interface VoiceTurn {
  /** The prompt to play now; after a re-prompt it keeps the keys of the prompt before. */
  prompt: VoicePrompt;
  /** The event the keys sent (a following automatic `next` is not listed), or `null`. */
  event: SessionEvent | null;
  /** Why no event was sent, or `null` when one was. */
  reprompt: VoiceRepromptReason | null;
}

/** A running call. */
export interface VoiceCall {
  /** The session it drives. */
  readonly session: Session;
  /** The prompt for where the session is now, in full (when the call is answered). */
  answer(): VoicePrompt;
  /** Handles one complete key entry (see `keysComplete`). */
  press(keys: string): VoiceTurn;
  /** Answers the recording prompt's text item with a reference to the audio the host recorded (e.g. its storage URL). */
  record(reference: string): VoiceTurn;
  /** Ends the call: an active session is exited, to be resumed on the next call. */
  hangUp(): void;
}

/**
 * Drives `session` with key presses. Keys are parsed against the current
 * frame; unclear keys, or an event the session refuses, get a spoken
 * re-prompt and change nothing.
 *
 * @example
 * ```ts
 * import { createSession } from '@copekit/engine';
 * import { createVoiceCall } from '@copekit/voice';
 *
 * const call = createVoiceCall(createSession(bundle, { lesson: 'daily-check-in', mode: 'self-directed', participant: 'p-0042' }));
 * play(call.answer().ssml);
 * onKeys((keys) => play(call.press(keys).prompt.ssml));
 * onHangUp(() => call.hangUp());
 * ```
 */
export function createVoiceCall(session: Session, options: VoiceCallOptions = {}): VoiceCall {
  const lang = options.lang ?? 'en-US';
  let shown: Frame | null = null;

  const show = (frame: Frame, previous: Frame | null): VoicePrompt => {
    shown = frame;
    return renderVoice(frame, { previous, lang });
  };
  const send = (event: SessionEvent): VoiceTurn => {
    const before = session.getFrame();
    const previous = shown;
    const sent = session.send(event);
    if (!sent.accepted) {
      const lead = sent.reason === 'required-unanswered' ? 'Sorry, please answer the question first.' : 'Sorry, that is not possible now.';
      const speech = [say(lead), ...questionSpeech(before, keyMap(before))];
      return { prompt: { ...renderVoice(before, { previous: shown, lang }), ssml: toSsml(speech, lang), text: toText(speech) }, event: null, reprompt: 'not-allowed' };
    }
    let after = session.getFrame();
    if ((options.autoAdvance ?? true) && shouldAdvance(event, before, after) && session.send({ type: 'next' }).accepted) after = session.getFrame();
    return { prompt: show(after, previous), event, reprompt: null };
  };

  return {
    session,
    answer: () => show(session.getFrame(), null),
    press(keys) {
      const frame = session.getFrame();
      const result = parseKeys(frame, keys, { lang });
      if ('event' in result) return send(result.event);
      const current = renderVoice(frame, { previous: shown, lang });
      return { prompt: { ...current, ssml: result.reprompt, text: result.text }, event: null, reprompt: result.reason };
    },
    record(reference) {
      const prompt = renderVoice(session.getFrame(), { lang });
      if (prompt.expects !== 'recording' || prompt.item === null) {
        throw new Error(`VoiceCall.record: the prompt expects ${prompt.expects}, not a recording; record only when \`prompt.expects\` is 'recording'.`);
      }
      return send({ type: 'answer', item: prompt.item, value: reference });
    },
    hangUp() {
      if (session.getFrame().status === 'active') session.send({ type: 'exit' });
    },
  };
}
