/**
 * `--help` text, generated from the tables in `options.ts`.
 *
 * @module
 */

import { commands, defaultDir, exitCodes, optionsOf, type CommandName, type OptionSpec } from './options.js';

/**
 * The help of one command, or of the CLI as a whole when `command` is
 * `undefined`.
 *
 * @example
 * ```ts
 * console.log(helpText('build'));
 * ```
 */
export function helpText(command?: CommandName): string {
  return command === undefined ? mainHelp() : commandHelp(command);
}

function mainHelp(): string {
  return [
    'copekit: check Copekit curricula, build their bundles, and keep the trial record.',
    '',
    'Usage: copekit <command> [arguments] [options]',
    '',
    'Commands:',
    ...table(commands.map((spec) => [`${spec.name} ${spec.args}`, spec.summary])),
    '',
    'Options:',
    ...optionRows(optionsOf(undefined)),
    '',
    `[dir] is the curriculum folder (default: ${defaultDir}); a source is a curriculum folder or a bundle file.`,
    'Run `copekit <command> --help` for the options of a command.',
    '',
    ...exitCodeRows(),
  ].join('\n');
}

function commandHelp(name: CommandName): string {
  const command = commands.find((spec) => spec.name === name)!;
  return [
    `Usage: copekit ${command.usage}`,
    '',
    command.description,
    '',
    'Options:',
    ...optionRows(optionsOf(name)),
    '',
    ...exitCodeRows(),
  ].join('\n');
}

function optionRows(specs: readonly OptionSpec[]): string[] {
  return table(specs.map((spec) => [optionLabel(spec), optionDescription(spec)]));
}

/** `-o, --out <file>` */
export function optionLabel(spec: OptionSpec): string {
  const long = `--${spec.name}${spec.value === undefined ? '' : ` <${spec.value}>`}`;
  return spec.short === undefined ? `    ${long}` : `-${spec.short}, ${long}`;
}

function optionDescription(spec: OptionSpec): string {
  return spec.default === undefined ? spec.description : `${spec.description} Default: ${spec.default}.`;
}

function exitCodeRows(): string[] {
  return ['Exit codes:', ...table(exitCodes.map(({ code, meaning }) => [String(code), meaning]))];
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}
