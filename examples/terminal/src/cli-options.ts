/**
 * The options of `pnpm start`, declared once: the argument parser and the
 * usage text are both built from this list.
 *
 * @module
 */

import { parseArgs } from 'node:util';

/** One command-line option. */
export interface OptionDeclaration {
  name: string;
  /** What the value looks like, shown in the usage; absent for a flag. */
  value?: string;
  /** The default, as shown in the usage. */
  default?: string;
  description: string;
}

/** Every option the player takes. */
export const optionDeclarations: readonly OptionDeclaration[] = [
  { name: 'lesson', value: 'id', default: 'daily-check-in', description: 'Lesson to run.' },
  { name: 'mode', value: 'self-directed|guided', default: 'self-directed', description: 'Delivery mode.' },
  { name: 'script', value: 'file.json', description: 'Play a JSON script (replies or answers) instead of asking; for tests and demos.' },
  { name: 'bundle', value: 'file.json', default: 'out/bundle.json', description: 'Compiled bundle (`pnpm copekit build curriculum --out out/bundle.json`).' },
  { name: 'records', value: 'file.jsonl', default: 'out/records/<session>.jsonl', description: 'Where to write the session records (JSON Lines).' },
  { name: 'region', value: 'id', description: 'Region of the crisis resources shown (default: the curriculum default).' },
  { name: 'participant', value: 'id', default: 'terminal', description: 'Participant id written on every record.' },
  { name: 'help', description: 'Show this help.' },
];

/** The parsed command line: option values by name (flags as `true`). */
export type ParsedOptions = { [name: string]: string | boolean | undefined };

/**
 * Parses `args` against the declarations; throws a `TypeError` naming an
 * unknown option or a missing value.
 *
 * @example
 * ```ts
 * parseOptions(['--lesson', 'weekly-mood']); // => { lesson: 'weekly-mood' }
 * ```
 */
export function parseOptions(args: readonly string[]): ParsedOptions {
  const options = Object.fromEntries(optionDeclarations.map((option) => [option.name, { type: option.value === undefined ? ('boolean' as const) : ('string' as const) }]));
  const { values } = parseArgs({ args: args.filter((arg) => arg !== '--'), options, strict: true, allowPositionals: false });
  return values;
}

/**
 * The usage text, from the declarations.
 *
 * @example
 * ```ts
 * usage().split('\n')[0]; // => 'Usage: pnpm start [options]'
 * ```
 */
export function usage(): string {
  const rows = optionDeclarations.map((option) => {
    const left = `--${option.name}${option.value === undefined ? '' : ` <${option.value}>`}`;
    return `  ${left.padEnd(36)}${option.description}${option.default === undefined ? '' : ` Default: ${option.default}.`}`;
  });
  return ['Usage: pnpm start [options]', '', 'Runs a lesson of the compiled curriculum in the terminal.', '', 'Options:', ...rows].join('\n');
}
