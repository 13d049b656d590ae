/**
 * `pnpm start`: plays a lesson of the compiled curriculum in the terminal.
 * Interactive when stdin is a terminal; otherwise it plays a script (`--script`,
 * or the lesson's demo script in `scripts/`), so `pnpm start` also completes
 * in CI. Prints the records file it wrote.
 *
 * @module
 */

import { SessionError, type DeliveryMode } from '@copekit/engine';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions, usage, type ParsedOptions } from './cli-options.js';
import { loadBundle } from './load-bundle.js';
import { PlayerError } from './player-error.js';
import { runPlayer } from './player.js';
import { parseScript, type Script } from './script.js';

/** The repository root, where `out/` is by default. */
const root = fileURLToPath(new URL('../../../', import.meta.url));
/** The folder of the demo scripts. */
const demoScripts = fileURLToPath(new URL('../scripts/', import.meta.url));
/** Where the user ran `pnpm start` (pnpm runs the script in this package's folder). */
const base = process.env['INIT_CWD'] ?? process.cwd();

/** A path as the user would type it: relative to where they ran the command when inside it. */
function shown(path: string): string {
  const inside = relative(base, path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

function text(options: ParsedOptions, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}

/** Which script to play, if any: `--script`, or the demo script when stdin is not a terminal. */
function chooseScript(options: ParsedOptions, lesson: string | undefined): { path: string; demo: boolean } | null {
  const given = text(options, 'script');
  if (given !== undefined) return { path: resolve(base, given), demo: false };
  if (process.stdin.isTTY) return null;
  const demo = resolve(demoScripts, `${lesson ?? 'daily-check-in'}.json`);
  if (!existsSync(demo)) {
    throw new PlayerError('no-terminal', `stdin is not a terminal and there is no demo script for \`${lesson}\`: pass --script <file.json>.`);
  }
  return { path: demo, demo: true };
}

function readScript(path: string): Script {
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch {
    throw new PlayerError('bad-script', `No script at ${shown(path)}.`);
  }
  return parseScript(json, shown(path));
}

async function main(args: readonly string[]): Promise<number> {
  let options: ParsedOptions;
  try {
    options = parseOptions(args);
  } catch (error) {
    throw new PlayerError('bad-option', `${(error as Error).message}\n\n${usage()}`);
  }
  if (options['help'] === true) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const chosen = chooseScript(options, text(options, 'lesson'));
  const script = chosen === null ? null : readScript(chosen.path);
  if (chosen?.demo) process.stdout.write(`stdin is not a terminal: playing the demo script ${shown(chosen.path)} (pass --script to choose one).\n\n`);
  const lesson = text(options, 'lesson') ?? script?.lesson ?? 'daily-check-in';
  if (script?.lesson !== undefined && script.lesson !== lesson) {
    throw new PlayerError('bad-script', `The script is for lesson \`${script.lesson}\`, not \`${lesson}\`.`);
  }
  const mode = text(options, 'mode') ?? script?.mode ?? 'self-directed';
  if (mode !== 'self-directed' && mode !== 'guided') throw new PlayerError('bad-option', `--mode must be self-directed or guided; got ${mode}.`);
  const region = text(options, 'region');
  const result = await runPlayer({
    bundle: loadBundle(resolve(base, text(options, 'bundle') ?? resolve(root, 'out/bundle.json'))),
    lesson,
    mode: mode as DeliveryMode,
    participant: text(options, 'participant') ?? 'terminal',
    ...(region === undefined ? {} : { region }),
    script,
    records: resolve(base, text(options, 'records') ?? resolve(root, 'out/records/{session}.jsonl')),
    input: process.stdin,
    output: process.stdout,
  });
  process.stdout.write(`Session ${result.status}. Records written to ${shown(result.records)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (!(error instanceof PlayerError || error instanceof SessionError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  },
);
