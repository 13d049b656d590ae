/**
 * The terminal player: runs a lesson through the engine and the text
 * channel, from the keyboard or from a script, writing the records.
 *
 * @module
 */

import { createSession, type Clock, type DeliveryMode, type Frame, type SessionStatus } from '@copekit/engine';
import type { Bundle } from '@copekit/schema';
import { createTextConversation, type TextConversation } from '@copekit/text';
import { createInterface } from 'node:readline';
import { answerReplies } from './answer-replies.js';
import { PlayerError } from './player-error.js';
import { openRecordsFile } from './records-file.js';
import type { Script } from './script.js';

/** What the player runs, and where it reads and writes. */
export interface PlayerOptions {
  bundle: Bundle;
  lesson: string;
  mode: DeliveryMode;
  participant: string;
  /** Region of the crisis resources; the curriculum's default when absent. */
  region?: string;
  /** A script to play, or `null` to ask the participant on `input`. */
  script: Script | null;
  /** Where to write the records; `{session}` is replaced by the session id. */
  records: string;
  /** Where replies are typed (interactive play). */
  input: NodeJS.ReadableStream;
  /** Where messages are printed. */
  output: NodeJS.WritableStream;
  /** The clock; the system clock when absent. */
  clock?: Clock;
}

/** How a run ended. */
export interface PlayerResult {
  /** `completed`, or `exited` when the participant stopped. */
  status: SessionStatus;
  /** The records file written. */
  records: string;
  /** The session id. */
  session: string;
}

/**
 * Runs one session. Script replies are echoed after `> `; an answers script
 * must be accepted as it stands, and any script must take the lesson to its
 * end (or to `stop`). Throws a `PlayerError` for a bad script; the records
 * written so far stay in the file.
 *
 * @example
 * ```ts
 * const result = await runPlayer({ bundle, lesson: 'daily-check-in', mode: 'self-directed', participant: 'p-1', script: { replies: ['7', 'yes'] }, records: 'out/records/{session}.jsonl', input: process.stdin, output: process.stdout });
 * result.records; // => 'out/records/terminal-daily-check-in-….jsonl'
 * ```
 */
export async function runPlayer(options: PlayerOptions): Promise<PlayerResult> {
  const clock = options.clock ?? { now: () => Date.now() };
  const session = `${options.participant}-${options.lesson}-${new Date(clock.now()).toISOString().replace(/[:.]/g, '-')}`;
  const file = openRecordsFile(options.records.replace('{session}', session));
  const running = createSession(options.bundle, {
    lesson: options.lesson,
    mode: options.mode,
    participant: options.participant,
    session,
    clock,
    ...(options.region === undefined ? {} : { region: options.region }),
  });
  for (const record of running.getRecords()) file.append(record);
  running.onRecord((record) => file.append(record));
  const chat = createTextConversation(running);
  const print = (messages: string[]) => options.output.write(`${messages.join('\n\n')}\n\n`);
  print(chat.start());
  if (options.script === null) await playInteractive(chat, options.input, options.output, print);
  else playScript(chat, options.script, print);
  const status = running.getFrame().status;
  if (status === 'active') {
    const step = running.getFrame().step?.id ?? '?';
    throw new PlayerError('script-ended', `The script ended at step \`${step}\` before the lesson did. Add replies, or end it with "stop".`);
  }
  return { status, records: file.path, session };
}

function playScript(chat: TextConversation, script: Script, print: (messages: string[]) => void): void {
  const reply = (text: string) => {
    print([`> ${text}`, ...chat.reply(text)]);
  };
  if ('replies' in script) {
    for (const text of script.replies) {
      if (chat.session.getFrame().status !== 'active') break;
      reply(text);
    }
    return;
  }
  for (let turn = 0; turn < 1000 && chat.session.getFrame().status === 'active'; turn += 1) {
    const frame: Frame = chat.session.getFrame();
    for (const text of answerReplies(frame, script.answers)) {
      const result = chat.handle(text);
      print([`> ${text}`, ...result.messages]);
      if (result.reprompt !== null) throw new PlayerError('bad-script', `The script's reply "${text}" at step \`${frame.step?.id ?? '?'}\` was not accepted: ${result.messages[0]}`);
    }
  }
}

function playInteractive(chat: TextConversation, input: NodeJS.ReadableStream, output: NodeJS.WritableStream, print: (messages: string[]) => void): Promise<void> {
  return new Promise((resolve) => {
    const lines = createInterface({ input, terminal: false });
    output.write('> ');
    lines.on('line', (line) => {
      print(chat.reply(line));
      if (chat.session.getFrame().status === 'active') output.write('> ');
      else lines.close();
    });
    lines.on('close', () => {
      if (chat.session.getFrame().status === 'active') print(chat.reply('stop'));
      resolve();
    });
  });
}
