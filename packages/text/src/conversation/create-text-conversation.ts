/**
 * A text conversation around a session: replies in, messages out.
 *
 * @module
 */

import type { Audience, Frame, Session, SessionEvent, ThoughtRecordAnswer } from '@copekit/engine';
import { shouldAdvance } from '@copekit/engine/frames';
import { parseReply } from '../parse/parse-reply.js';
import { reprompt, type RepromptReason } from '../parse/reprompt.js';
import { renderText } from '../render/render-text.js';
import { rejectionLead } from './rejection-lead.js';

/** Options of {@link createTextConversation}. */
export interface TextConversationOptions {
  /** Longest message in characters (at least 40). Default 300. */
  maxLength?: number;
  /** Send `next` by itself once a step's questions are answered. Default true. */
  autoAdvance?: boolean;
  /** Whose frames to render; `coach` shows coach notes in guided sessions. Default `participant`. */
  audience?: Audience;
}

/** What one reply did. */
export interface TextTurn {
  /** The messages to send back. */
  messages: string[];
  /** The event the reply sent (a following automatic `next` is not listed), or `null`. */
  event: SessionEvent | null;
  /** Why the reply was answered with a re-prompt or help instead, or `null`. Both are `null` for a thought-record field kept in the draft. */
  reprompt: RepromptReason | null;
}

/** A running text conversation. */
export interface TextConversation {
  /** The session it drives. */
  readonly session: Session;
  /** The messages that show where the session is now, in full (to open a conversation or after a reconnect). */
  start(): string[];
  /** Handles one reply: sends the event it stands for and returns the messages to send back. */
  reply(text: string): string[];
  /** Like `reply`, and also says what the reply did (for hosts that count re-prompts or log events). */
  handle(text: string): TextTurn;
}

/**
 * Drives `session` with typed replies. Each reply is parsed against the
 * current frame; an unclear reply, or an event the session refuses, gets a
 * re-prompt and changes nothing. A thought record is asked field by field
 * and sent once complete.
 *
 * @example
 * ```ts
 * import { createSession } from '@copekit/engine';
 * import { createTextConversation } from '@copekit/text';
 *
 * const chat = createTextConversation(createSession(bundle, { lesson: 'daily-check-in', mode: 'self-directed', participant: 'p-0042' }));
 * chat.start(); // => ['Daily check-in\n\nPain (1/5)\n\nHow strong was your pain today, on average?…']
 * chat.reply('7'); // => ['Practice (2/5)\n\nDid you practise a coping skill today?\n1) Yes\n2) No\n\nReply with a number from 1 to 2 (or back, help).']
 * chat.reply('maybe'); // => ['Sorry, I did not understand "maybe". Reply with a number from 1 to 2 (or back, help).']
 * ```
 */
export function createTextConversation(session: Session, options: TextConversationOptions = {}): TextConversation {
  const frameOptions = { audience: options.audience ?? 'participant' };
  const render = { ...(options.maxLength === undefined ? {} : { maxLength: options.maxLength }) };
  let shown: Frame | null = null;
  let draft: { item: string; fields: ThoughtRecordAnswer } | null = null;

  const draftFor = (frame: Frame): ThoughtRecordAnswer | undefined => (draft !== null && draft.item === frame.focus ? draft.fields : undefined);
  const show = (frame: Frame, previous: Frame | null): string[] => {
    shown = frame;
    const fields = draftFor(frame);
    return renderText(frame, { ...render, previous, ...(fields === undefined ? {} : { draft: fields }) });
  };

  const handle = (text: string): TextTurn => {
    const before = session.getFrame(frameOptions);
    const previous = shown;
    const fields = draftFor(before);
    const result = parseReply(before, text, fields === undefined ? {} : { draft: fields });
    if ('reprompt' in result) return { messages: [result.reprompt], event: null, reprompt: result.reason };
    if ('draft' in result) {
      draft = { item: before.focus!, fields: result.draft };
      return { messages: show(before, previous), event: null, reprompt: null };
    }
    const sent = session.send(result.event);
    if (!sent.accepted) return { messages: [reprompt(before, rejectionLead(sent.reason), fields)], event: null, reprompt: 'not-allowed' };
    draft = null;
    let after = session.getFrame(frameOptions);
    if ((options.autoAdvance ?? true) && shouldAdvance(result.event, before, after) && session.send({ type: 'next' }).accepted) {
      after = session.getFrame(frameOptions);
    }
    return { messages: show(after, previous), event: result.event, reprompt: null };
  };

  return {
    session,
    start: () => show(session.getFrame(frameOptions), null),
    reply: (text) => handle(text).messages,
    handle,
  };
}
