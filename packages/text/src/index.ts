/**
 * `@copekit/text`: a plain-text channel for Copekit sessions (chat, SMS,
 * terminal). `renderText` turns a frame into short messages with numbered
 * options; `parseReply` turns a typed reply into a session event, or a
 * re-prompt when the reply is unclear; `createTextConversation` does both
 * around a session.
 *
 * @example
 * ```ts
 * import { createSession } from '@copekit/engine';
 * import { createTextConversation } from '@copekit/text';
 *
 * const chat = createTextConversation(createSession(bundle, { lesson: 'daily-check-in', mode: 'self-directed', participant: 'p-0042' }));
 * sendSms(chat.start());
 * onSms((text) => sendSms(chat.reply(text)));
 * ```
 *
 * @module
 */

export { renderText } from './render/render-text.js';
export type { RenderTextOptions } from './render/render-text.js';
export { splitMessages, DEFAULT_MAX_LENGTH } from './render/split-messages.js';
export { parseReply } from './parse/parse-reply.js';
export type { ParseReplyOptions } from './parse/parse-reply.js';
export type { ReplyResult } from './parse/reply-result.js';
export type { RepromptReason } from './parse/reprompt.js';
export { commandWords } from './parse/reply-commands.js';
export type { ReplyCommand } from './parse/reply-commands.js';
export { currentTask } from '@copekit/engine/frames';
export type { CurrentTask } from '@copekit/engine/frames';
export { createTextConversation } from './conversation/create-text-conversation.js';
export type { TextConversation, TextConversationOptions, TextTurn } from './conversation/create-text-conversation.js';
