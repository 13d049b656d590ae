/**
 * Scripts for the non-interactive player: the replies a participant types,
 * or the answers to give, as JSON.
 *
 * @module
 */

import type { AnswerValue, DeliveryMode } from '@copekit/engine';
import { PlayerError } from './player-error.js';

/**
 * A script. Either the replies as typed (`["7", "yes", "30", "ok"]`, or
 * `{ "replies": [...] }`), or the answers by item id
 * (`{ "answers": { "pain-today": 7, "practised": "yes" } }`), which the
 * player turns into replies. The object form may name its `lesson` and
 * `mode`.
 */
export type Script = { lesson?: string; mode?: DeliveryMode } & ({ replies: string[] } | { answers: { [item: string]: AnswerValue } });

/**
 * Reads a script from JSON text; throws a `PlayerError` (`bad-script`) that
 * says what is wrong, naming `source`.
 *
 * @example
 * ```ts
 * parseScript('["7", "yes"]', 'demo.json'); // => { replies: ['7', 'yes'] }
 * ```
 */
export function parseScript(json: string, source: string): Script {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new PlayerError('bad-script', `${source}: not valid JSON (${(error as Error).message}).`);
  }
  const bad = (problem: string) => new PlayerError('bad-script', `${source}: ${problem}. A script is a list of replies (["7", "yes"]) or { "answers": { "<item id>": <answer> } }.`);
  if (Array.isArray(data)) return { replies: replies(data, bad) };
  if (typeof data !== 'object' || data === null) throw bad('expected a list or an object');
  const { lesson, mode, replies: list, answers, ...rest } = data as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) throw bad(`unknown field "${extra}"`);
  if (lesson !== undefined && typeof lesson !== 'string') throw bad('"lesson" must be a lesson id');
  if (mode !== undefined && mode !== 'guided' && mode !== 'self-directed') throw bad('"mode" must be "guided" or "self-directed"');
  const meta = { ...(lesson === undefined ? {} : { lesson }), ...(mode === undefined ? {} : { mode: mode as DeliveryMode }) };
  if ((list === undefined) === (answers === undefined)) throw bad('give either "replies" or "answers"');
  if (list !== undefined) return { ...meta, replies: replies(list, bad) };
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) throw bad('"answers" must be an object of item ids');
  return { ...meta, answers: answers as { [item: string]: AnswerValue } };
}

function replies(list: unknown, bad: (problem: string) => PlayerError): string[] {
  if (!Array.isArray(list)) throw bad('"replies" must be a list of strings');
  const index = list.findIndex((reply) => typeof reply !== 'string');
  if (index !== -1) throw bad(`reply ${index + 1} is ${JSON.stringify(list[index])}, not a string`);
  return list as string[];
}
