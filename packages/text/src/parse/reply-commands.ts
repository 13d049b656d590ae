/**
 * The command words a text channel understands, whatever the question.
 *
 * @module
 */

/** A command a reply can give. */
export type ReplyCommand = 'help' | 'back' | 'next' | 'skip' | 'exit' | 'start' | 'pause' | 'resume' | 'done';

/** The words of each command (matched after `normalizeReply`). */
export const commandWords: Readonly<Record<ReplyCommand, readonly string[]>> = {
  help: ['help', '?'],
  back: ['back', 'previous'],
  next: ['next', 'ok', 'okay', 'continue'],
  skip: ['skip'],
  exit: ['stop', 'exit', 'quit'],
  start: ['start', 'begin'],
  pause: ['pause'],
  resume: ['resume'],
  done: ['done', 'finish', 'finished'],
};

const byWord = new Map(Object.entries(commandWords).flatMap(([command, words]) => words.map((word) => [word, command as ReplyCommand])));

/**
 * The command a normalized reply is, or `null`.
 *
 * @example
 * ```ts
 * replyCommand('ok'); // => 'next'
 * replyCommand('7'); // => null
 * ```
 */
export function replyCommand(normalized: string): ReplyCommand | null {
  return byWord.get(normalized) ?? null;
}
