/**
 * Every command and option of the `copekit` CLI, declared once. The argument
 * parser, `--help` and the option tables of `docs/cli.md` are all generated
 * from these tables.
 *
 * @module
 */

/** A command name. */
export type CommandName = CheckCommandName | ResearchCommandName;

/** The commands that check a curriculum folder. */
export type CheckCommandName = 'validate' | 'build';

/** The research commands: lockfiles, diffs, archives, exports and reports. */
export type ResearchCommandName = 'lock' | 'diff' | 'archive' | 'export' | 'report';

/** A command of the CLI. */
export interface CommandSpec {
  name: CommandName;
  /** Its arguments, for the command list of `--help`. */
  args: string;
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
    args: '[dir]',
    usage: 'validate [dir] [options]',
    summary: 'Check a curriculum and report problems',
    description:
      'Reads the curriculum in `[dir]` (default: `curriculum`), checks every lesson, instrument and the manifest, and reports problems with file, line and column.',
  },
  {
    name: 'build',
    args: '[dir]',
    usage: 'build [dir] --out <file> [options]',
    summary: 'Check a curriculum and write its bundle',
    description:
      'Checks the curriculum in `[dir]` (default: `curriculum`) like `validate` and, when there are no errors, writes the deterministic JSON bundle to `--out`.',
  },
  {
    name: 'lock',
    args: '[source]',
    usage: 'lock [source] [--out copekit.lock.json] [--check]',
    summary: 'Pin a curriculum version in a lockfile, or check it',
    description:
      'Writes `copekit.lock.json`: the curriculum id and version, the bundle hash, one hash per lesson and the engine version, for `[source]` (a curriculum folder or a bundle file; default: `curriculum`). With `--check`, compares `[source]` with the lockfile instead and exits 1 naming every lesson that differs.',
  },
  {
    name: 'diff',
    args: '<old> <new>',
    usage: 'diff <old> <new> [--format md|json|text] [--out file]',
    summary: 'Say what changed between two curriculum versions',
    description:
      'Compares two versions by meaning: per lesson, added, removed, moved and changed steps, items, options, conditions and wording, with safety-relevant changes flagged first. `<old>` and `<new>` are each a bundle file, a curriculum folder, or a git revision: `git:<ref>` (the `curriculum` folder at `<ref>`), `git:<ref>:<path>` or `<ref>:<path>` (a folder or bundle file at `<ref>`, the path relative to the current folder).',
  },
  {
    name: 'archive',
    args: '<source>',
    usage: 'archive <source> --out <dir>',
    summary: 'Write a static HTML archive of a curriculum version',
    description:
      'Renders every lesson of `<source>` (a bundle file or a curriculum folder) as self-contained HTML in `--out`: all branches visible, coach notes marked, a flow diagram per lesson, and the version and hashes on every page. No scripts and no network: it opens from a folder or a zip.',
  },
  {
    name: 'export',
    args: '<records.jsonl>',
    usage: 'export <records.jsonl> --bundle <source> [--format csv|jsonl] [--out file]',
    summary: 'Export every answer of engine records as a long table',
    description:
      'Streams engine records (one JSON record per line) into a tidy long table with one row per answer event: participant, session, time, curriculum version, bundle and lesson hashes, step, item, value, whether it is the final answer, instrument score and band, and delivery mode. Every line is checked against the record schema; bad lines are listed with their numbers and the exit code is 1. Writes to standard output unless `--out` is given.',
  },
  {
    name: 'report',
    args: '<records.jsonl>',
    usage: 'report <records.jsonl> --bundle <source> [--format text|json] [--out file]',
    summary: 'Report adherence and dose per participant and overall',
    description:
      'Reads engine records, and program records mixed in with them, and reports, per participant and overall: program sessions completed of those planned, check-ins done, practice minutes per week (timed in sessions, logged through the program, reported in check-ins), time in lessons, and safety alerts with whether each was acknowledged and resolved by a coach. Every line is checked against the record or program record schema; bad lines are listed with their numbers and no report is written.',
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
    name: 'out',
    short: 'o',
    value: 'file',
    default: 'copekit.lock.json',
    description: 'The lockfile to write, or with `--check` to read.',
    scope: ['lock'],
  },
  {
    name: 'out',
    short: 'o',
    value: 'dir',
    description: 'The folder to write the archive to (required). It is created if needed; files of the same names are replaced.',
    scope: ['archive'],
  },
  {
    name: 'out',
    short: 'o',
    value: 'file',
    description: 'Write to this file instead of standard output. Parent folders are created.',
    scope: ['diff', 'export', 'report'],
  },
  {
    name: 'check',
    description: 'Check `[source]` against the lockfile instead of writing it; exit 1 when any hash differs.',
    scope: ['lock'],
  },
  {
    name: 'bundle',
    short: 'b',
    value: 'source',
    description: 'The bundle file or curriculum folder the records were written with (required).',
    scope: ['export', 'report'],
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
    name: 'format',
    short: 'f',
    value: 'format',
    choices: ['md', 'json', 'text'],
    default: 'md',
    description: '`md` (Markdown for a trial report, safety changes first), `json` (the diff as data, for tools) or `text` (plain text for a terminal).',
    scope: ['diff'],
  },
  {
    name: 'format',
    short: 'f',
    value: 'format',
    choices: ['csv', 'jsonl'],
    default: 'csv',
    description: '`csv` (RFC 4180, with formula-like text guarded for spreadsheets) or `jsonl` (one JSON row per line).',
    scope: ['export'],
  },
  {
    name: 'format',
    short: 'f',
    value: 'format',
    choices: ['text', 'json'],
    default: 'text',
    description: '`text` (a readable summary) or `json` (the report as data).',
    scope: ['report'],
  },
  {
    name: 'max-errors',
    value: 'n',
    default: '20',
    description: 'Stop after this many bad lines in the records.',
    scope: ['export', 'report'],
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
  { code: 1, meaning: 'The curriculum has errors, the lockfile check failed, or the records have bad lines.' },
  { code: 2, meaning: 'Usage error: unknown command or option, bad value, missing `--out` or `--bundle`, or an input that is missing or of the wrong kind.' },
];

/** The folder read when no [dir] is given. */
export const defaultDir = 'curriculum';

/** The options a command takes (`undefined`: before any command). */
export function optionsOf(command: CommandName | undefined): OptionSpec[] {
  return options.filter((option) =>
    option.scope === 'all' ? true : option.scope === 'global' ? command === undefined : command !== undefined && option.scope.includes(command),
  );
}
