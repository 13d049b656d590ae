/**
 * Every command and option of the `copekit` CLI, declared once. The argument
 * parser, `--help` and the option tables of `docs/cli.md` are all generated
 * from these tables.
 *
 * @module
 */

/** A command name. */
export type CommandName = 'validate' | 'build';

/** A command of the CLI. */
export interface CommandSpec {
  name: CommandName;
  /** Usage line after `copekit`. */
  usage: string;
  /** One line for the command list. */
  summary: string;
  /** What the command does, for its `--help`. */
  description: string;
}

/** An option of the CLI. */
export interface OptionSpec {
  /** Long name, used as `--name`. */
  name: string;
  /** One-letter alias, used as `-x`. */
  short?: string;
  /** Placeholder of the value; options without one are flags. */
  value?: string;
  /** Allowed values, when the value is one of a few words; others are usage errors. */
  choices?: readonly string[];
  /** Default value, as shown to users. */
  default?: string;
  /** What the option does. */
  description: string;
  /** Commands that take the option; `global` options go before any command. */
  scope: 'global' | 'all' | readonly CommandName[];
}

/** The commands, in the order `--help` lists them. */
export const commands: readonly CommandSpec[] = [
  {
    name: 'validate',
    usage: 'validate [dir] [options]',
    summary: 'Check a curriculum and report problems',
    description:
      'Reads the curriculum in `[dir]` (default: `curriculum`), checks every lesson, instrument and the manifest, and reports problems with file, line and column.',
  },
  {
    name: 'build',
    usage: 'build [dir] --out <file> [options]',
    summary: 'Check a curriculum and write its bundle',
    description:
      'Checks the curriculum in `[dir]` (default: `curriculum`) like `validate` and, when there are no errors, writes the deterministic JSON bundle to `--out`.',
  },
];

/** The options, in the order `--help` lists them. */
export const options: readonly OptionSpec[] = [
  {
    name: 'out',
    short: 'o',
    value: 'file',
    description: 'Where to write the bundle (required). Parent folders are created.',
    scope: ['build'],
  },
  {
    name: 'format',
    short: 'f',
    value: 'format',
    choices: ['human', 'json'],
    default: 'human',
    description: 'How to print the result: `human` (a report per file) or `json` (messages and a summary).',
    scope: ['validate', 'build'],
  },
  {
    name: 'watch',
    short: 'w',
    description: 'Check again whenever a source file changes, until interrupted (Ctrl+C).',
    scope: ['validate', 'build'],
  },
  {
    name: 'max-grade',
    value: 'n',
    default: '6',
    description: 'Highest reading grade of patient-facing text before the readability rule warns.',
    scope: ['validate', 'build'],
  },
  {
    name: 'no-cache',
    description: 'Parse every file again instead of reusing results saved in `node_modules/.cache/copekit`.',
    scope: ['validate', 'build'],
  },
  { name: 'help', short: 'h', description: 'Show help.', scope: 'all' },
  { name: 'version', short: 'v', description: 'Show the version.', scope: 'global' },
];

/** Exit codes and their meaning. */
export const exitCodes: readonly { code: number; meaning: string }[] = [
  { code: 0, meaning: 'No errors (warnings allowed).' },
  { code: 1, meaning: 'The curriculum has errors.' },
  { code: 2, meaning: 'Usage error: unknown command or option, bad value, missing `--out`, or no curriculum in `[dir]`.' },
];

/** The folder read when no [dir] is given. */
export const defaultDir = 'curriculum';

/** The options a command takes (`undefined`: before any command). */
export function optionsOf(command: CommandName | undefined): OptionSpec[] {
  return options.filter((option) =>
    option.scope === 'all' ? true : option.scope === 'global' ? command === undefined : command !== undefined && option.scope.includes(command),
  );
}
