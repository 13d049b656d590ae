/**
 * Turns the command line into a request: which command, with which options.
 * Every option comes from the table in `options.ts`.
 *
 * @module
 */

import { parseArgs } from 'node:util';
import { commands, defaultDir, optionsOf, type CheckCommandName, type CommandName, type OptionSpec, type ResearchCommandName } from './options.js';
import { researchRequest, type ResearchRequest } from './research-args.js';
import { UsageError } from './usage-error.js';

/** Options of the `validate` and `build` commands, as given on the command line. */
export interface CommandOptions {
  dir: string;
  out?: string;
  format: 'human' | 'json';
  watch: boolean;
  maxGrade?: number;
  cache: boolean;
}

/** What the command line asks for. */
export type Request =
  | { kind: 'help'; command?: CommandName }
  | { kind: 'version' }
  | { kind: 'run'; command: CheckCommandName; options: CommandOptions }
  | { kind: 'research'; request: ResearchRequest };

const researchCommands: readonly string[] = ['lock', 'diff', 'archive', 'export', 'report'] satisfies ResearchCommandName[];

function isResearch(command: CommandName): command is ResearchCommandName {
  return researchCommands.includes(command);
}

/**
 * Parses the arguments after `copekit`. Throws a {@link UsageError} for an
 * unknown command or option, a missing or bad value, or a missing `--out`.
 *
 * @example
 * ```ts
 * parseCommandLine(['build', 'curriculum', '--out', 'out/bundle.json']);
 * // => { kind: 'run', command: 'build', options: { dir: 'curriculum', out: 'out/bundle.json', ... } }
 * ```
 */
export function parseCommandLine(argv: readonly string[]): Request {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('No command given.', 'Run `copekit --help` to see the commands.');
  if (first === 'help') return { kind: 'help', command: rest[0] === undefined ? undefined : commandNamed(rest[0]) };
  if (first.startsWith('-')) return parseGlobal(argv);
  const command = commandNamed(first);
  const values = parse(rest, command);
  if (values.options.help === true) return { kind: 'help', command };
  if (isResearch(command)) return { kind: 'research', request: researchRequest(command, values) };
  return { kind: 'run', command, options: commandOptions(command, values) };
}

function parseGlobal(argv: readonly string[]): Request {
  const values = parse(argv, undefined);
  const [name] = values.positionals;
  if (values.options.help === true) return { kind: 'help', command: name === undefined ? undefined : commandNamed(name) };
  if (name !== undefined) throw unknownCommand(name);
  return { kind: 'version' };
}

/** The arguments of a command, checked against its options. */
export interface Values {
  positionals: string[];
  options: Partial<Record<string, string | true>>;
}

function parse(args: readonly string[], command: CommandName | undefined): Values {
  const specs = optionsOf(command);
  const { tokens } = parseArgs({ args: [...args], options: parserOptions(specs), allowPositionals: true, strict: false, tokens: true });
  const values: Values = { positionals: [], options: {} };
  for (const token of tokens) {
    if (token.kind === 'positional') values.positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = specs.find((option) => option.name === token.name);
    if (spec === undefined) throw unknownOption(token.rawName, command, specs);
    const missing = token.value === undefined || (token.inlineValue === false && token.value.startsWith('-'));
    if (spec.value !== undefined && missing) {
      throw new UsageError(`Option \`${token.rawName}\` needs a value.`, `Write it as \`--${spec.name} <${spec.value}>\`.`);
    }
    if (spec.value === undefined && token.value !== undefined) {
      throw new UsageError(`Option \`${token.rawName}\` takes no value.`, `Write just \`--${spec.name}\`.`);
    }
    if (spec.choices !== undefined && token.value !== undefined && !spec.choices.includes(token.value)) {
      throw new UsageError(
        `\`${token.value}\` is not a value of \`--${spec.name}\`.`,
        `Use one of: ${spec.choices.map((choice) => `\`--${spec.name} ${choice}\``).join(', ')}.`,
      );
    }
    values.options[spec.name] = token.value ?? true;
  }
  return values;
}

function parserOptions(specs: readonly OptionSpec[]) {
  return Object.fromEntries(
    specs.map((spec) => {
      const type = spec.value === undefined ? ('boolean' as const) : ('string' as const);
      return [spec.name, spec.short === undefined ? { type } : { type, short: spec.short }];
    }),
  );
}

function commandOptions(command: CheckCommandName, values: Values): CommandOptions {
  if (values.positionals.length > 1) {
    throw new UsageError(
      `Too many arguments: \`${values.positionals.join(' ')}\`.`,
      `\`copekit ${command}\` takes one folder; put options after it.`,
    );
  }
  const out = stringValue(values.options.out);
  if (command === 'build' && out === undefined) {
    throw new UsageError('`copekit build` needs `--out <file>`.', 'For example: `copekit build curriculum --out out/bundle.json`.');
  }
  const options: CommandOptions = {
    dir: values.positionals[0] ?? defaultDir,
    format: values.options.format === 'json' ? 'json' : 'human',
    watch: values.options.watch === true,
    cache: values.options['no-cache'] !== true,
  };
  if (out !== undefined) options.out = out;
  const maxGrade = gradeValue(values.options['max-grade']);
  if (maxGrade !== undefined) options.maxGrade = maxGrade;
  return options;
}

function stringValue(value: string | true | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}


function gradeValue(value: string | true | undefined): number | undefined {
  if (typeof value !== 'string') return undefined;
  const grade = Number(value);
  if (value.trim() !== '' && Number.isFinite(grade) && grade > 0) return grade;
  throw new UsageError(`\`--max-grade\` must be a positive number, not \`${value}\`.`, 'For example: `--max-grade 8`.');
}

function commandNamed(name: string): CommandName {
  const command = commands.find((spec) => spec.name === name);
  if (command === undefined) throw unknownCommand(name);
  return command.name;
}

function unknownCommand(name: string): UsageError {
  return new UsageError(
    `Unknown command \`${name}\`.`,
    `Commands: ${commands.map((spec) => spec.name).join(', ')}. Run \`copekit --help\` for more.`,
  );
}

function unknownOption(rawName: string, command: CommandName | undefined, specs: readonly OptionSpec[]): UsageError {
  if (command === undefined) {
    return new UsageError(
      `Unknown option \`${rawName}\`.`,
      'Options go after the command: `copekit <command> [dir] [options]`. Run `copekit --help` for more.',
    );
  }
  return new UsageError(
    `Unknown option \`${rawName}\` for \`copekit ${command}\`.`,
    `Options: ${specs.map((spec) => `--${spec.name}`).join(', ')}. Run \`copekit ${command} --help\` for more.`,
  );
}
