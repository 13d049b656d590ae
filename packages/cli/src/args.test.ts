import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './args.js';
import { UsageError } from './usage-error.js';

/** The usage error thrown for `argv`, as `message` and `hint`. */
function usageError(argv: string[]): { message: string; hint: string } {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) return { message: error.message, hint: error.hint };
    throw error;
  }
  throw new Error(`No usage error for ${argv.join(' ')}`);
}

describe('parseCommandLine', () => {
  it('runs validate on the default folder with default options', () => {
    expect(parseCommandLine(['validate'])).toEqual({
      kind: 'run',
      command: 'validate',
      options: { dir: 'curriculum', format: 'human', watch: false, cache: true },
    });
  });

  it('reads every option of build, long or short, in any order around the folder', () => {
    const expected = {
      kind: 'run',
      command: 'build',
      options: { dir: 'lessons', out: 'out/bundle.json', format: 'json', watch: true, cache: false, maxGrade: 8 },
    };
    expect(parseCommandLine(['build', 'lessons', '--out', 'out/bundle.json', '--format', 'json', '--watch', '--no-cache', '--max-grade', '8'])).toEqual(expected);
    expect(parseCommandLine(['build', '-o', 'out/bundle.json', '-f', 'json', '-w', '--max-grade=8', '--no-cache', 'lessons'])).toEqual(expected);
    expect(parseCommandLine(['build', '--out=out/bundle.json', '-wf', 'json', '--no-cache', 'lessons', '--max-grade', '8'])).toEqual(expected);
  });

  it('accepts fractional reading grades', () => {
    expect(parseCommandLine(['validate', '--max-grade', '7.5'])).toMatchObject({ options: { maxGrade: 7.5 } });
  });

  it('asks for help globally, per command, and with the help command', () => {
    expect(parseCommandLine(['--help'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['-h'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['build', '--help'])).toEqual({ kind: 'help', command: 'build' });
    expect(parseCommandLine(['validate', 'lessons', '-h', '--watch'])).toEqual({ kind: 'help', command: 'validate' });
    expect(parseCommandLine(['help', 'build'])).toEqual({ kind: 'help', command: 'build' });
    expect(parseCommandLine(['help'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['--help', 'validate'])).toEqual({ kind: 'help', command: 'validate' });
  });

  it('asks for the version', () => {
    expect(parseCommandLine(['--version'])).toEqual({ kind: 'version' });
    expect(parseCommandLine(['-v'])).toEqual({ kind: 'version' });
  });

  it('takes a folder that starts with a dash after --', () => {
    expect(parseCommandLine(['validate', '--', '-drafts'])).toMatchObject({ options: { dir: '-drafts' } });
  });

  it.each([
    [[], 'No command given.', 'Run `copekit --help` to see the commands.'],
    [['biuld'], 'Unknown command `biuld`.', 'Commands: validate, build, lock, diff, archive, export, report. Run `copekit --help` for more.'],
    [['help', 'deploy'], 'Unknown command `deploy`.', 'Commands: validate, build, lock, diff, archive, export, report. Run `copekit --help` for more.'],
    [['--version', 'deploy'], 'Unknown command `deploy`.', 'Commands: validate, build, lock, diff, archive, export, report. Run `copekit --help` for more.'],
    [
      ['--watch', 'build'],
      'Unknown option `--watch`.',
      'Options go after the command: `copekit <command> [dir] [options]`. Run `copekit --help` for more.',
    ],
    [
      ['validate', '--ot', 'x'],
      'Unknown option `--ot` for `copekit validate`.',
      'Options: --format, --watch, --max-grade, --no-cache, --help. Run `copekit validate --help` for more.',
    ],
    [
      ['validate', '--out', 'x'],
      'Unknown option `--out` for `copekit validate`.',
      'Options: --format, --watch, --max-grade, --no-cache, --help. Run `copekit validate --help` for more.',
    ],
    [
      ['build', '--version', '--out', 'x'],
      'Unknown option `--version` for `copekit build`.',
      'Options: --out, --format, --watch, --max-grade, --no-cache, --help. Run `copekit build --help` for more.',
    ],
    [['build'], '`copekit build` needs `--out <file>`.', 'For example: `copekit build curriculum --out out/bundle.json`.'],
    [['build', '--out'], 'Option `--out` needs a value.', 'Write it as `--out <file>`.'],
    [['build', '-o'], 'Option `-o` needs a value.', 'Write it as `--out <file>`.'],
    [['build', '--out', '--watch'], 'Option `--out` needs a value.', 'Write it as `--out <file>`.'],
    [['validate', '--watch=yes'], 'Option `--watch` takes no value.', 'Write just `--watch`.'],
    [['validate', '--format', 'xml'], '`xml` is not a value of `--format`.', 'Use one of: `--format human`, `--format json`.'],
    [['validate', '--max-grade', 'six'], '`--max-grade` must be a positive number, not `six`.', 'For example: `--max-grade 8`.'],
    [['validate', '--max-grade', '0'], '`--max-grade` must be a positive number, not `0`.', 'For example: `--max-grade 8`.'],
    [['validate', '--max-grade='], '`--max-grade` must be a positive number, not ``.', 'For example: `--max-grade 8`.'],
    [['validate', 'a', 'b'], 'Too many arguments: `a b`.', '`copekit validate` takes one folder; put options after it.'],
  ])('refuses %j', (argv, message, hint) => {
    expect(usageError(argv)).toEqual({ message, hint });
  });
});
