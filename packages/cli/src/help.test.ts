import { describe, expect, it } from 'vitest';
import { helpText } from './help.js';
import { options } from './options.js';

describe('helpText', () => {
  it('lists the commands and global options', () => {
    expect(helpText()).toMatchInlineSnapshot(`
      "copekit: check Copekit curricula, build their bundles, and keep the trial record.

      Usage: copekit <command> [arguments] [options]

      Commands:
        validate [dir]          Check a curriculum and report problems
        build [dir]             Check a curriculum and write its bundle
        lock [source]           Pin a curriculum version in a lockfile, or check it
        diff <old> <new>        Say what changed between two curriculum versions
        archive <source>        Write a static HTML archive of a curriculum version
        export <records.jsonl>  Export every answer of engine records as a long table
        report <records.jsonl>  Report adherence and dose per participant and overall

      Options:
        -h, --help     Show help.
        -v, --version  Show the version.

      [dir] is the curriculum folder (default: curriculum); a source is a curriculum folder or a bundle file.
      Run \`copekit <command> --help\` for the options of a command.

      Exit codes:
        0  No errors (warnings allowed).
        1  The curriculum has errors, the lockfile check failed, or the records have bad lines.
        2  Usage error: unknown command or option, bad value, missing \`--out\` or \`--bundle\`, or an input that is missing or of the wrong kind."
    `);
  });

  it('lists the options of build', () => {
    expect(helpText('build')).toMatchInlineSnapshot(`
      "Usage: copekit build [dir] --out <file> [options]

      Checks the curriculum in \`[dir]\` (default: \`curriculum\`) like \`validate\` and, when there are no errors, writes the deterministic JSON bundle to \`--out\`.

      Options:
        -o, --out <file>       Where to write the bundle (required). Parent folders are created.
        -f, --format <format>  How to print the result: \`human\` (a report per file) or \`json\` (messages and a summary). Default: human.
        -w, --watch            Check again whenever a source file changes, until interrupted (Ctrl+C).
            --max-grade <n>    Highest reading grade of patient-facing text before the readability rule warns. Default: 6.
            --no-cache         Parse every file again instead of reusing results saved in \`node_modules/.cache/copekit\`.
        -h, --help             Show help.

      Exit codes:
        0  No errors (warnings allowed).
        1  The curriculum has errors, the lockfile check failed, or the records have bad lines.
        2  Usage error: unknown command or option, bad value, missing \`--out\` or \`--bundle\`, or an input that is missing or of the wrong kind."
    `);
  });

  it.each(['validate', 'export'] as const)('mentions every option of %s and no other', (command) => {
    const listing = helpText(command).split('\nOptions:\n')[1]!.split('\n\n')[0]!;
    for (const option of options) {
      const listed = options.some((spec) => spec.name === option.name && (spec.scope === 'all' || (Array.isArray(spec.scope) && spec.scope.includes(command))));
      expect(new RegExp(`--${option.name}\\b`).test(listing), option.name).toBe(listed);
    }
  });

  it('gives each command its own values of a shared option', () => {
    expect(helpText('export')).toContain('`csv` (RFC 4180');
    expect(helpText('export')).not.toContain('`human`');
    expect(helpText('diff')).toContain('`md` (Markdown');
  });
});
