import { describe, expect, it } from 'vitest';
import { helpText } from './help.js';
import { options } from './options.js';

describe('helpText', () => {
  it('lists the commands and global options', () => {
    expect(helpText()).toMatchInlineSnapshot(`
      "copekit: check Copekit curricula and build their bundles.

      Usage: copekit <command> [dir] [options]

      Commands:
        validate [dir]  Check a curriculum and report problems
        build [dir]     Check a curriculum and write its bundle

      Options:
        -h, --help     Show help.
        -v, --version  Show the version.

      [dir] is the curriculum folder (default: curriculum).
      Run \`copekit <command> --help\` for the options of a command.

      Exit codes:
        0  No errors (warnings allowed).
        1  The curriculum has errors.
        2  Usage error: unknown command or option, bad value, missing \`--out\`, or no curriculum in \`[dir]\`."
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
        1  The curriculum has errors.
        2  Usage error: unknown command or option, bad value, missing \`--out\`, or no curriculum in \`[dir]\`."
    `);
  });

  it('mentions every option of a command and no other', () => {
    const validate = helpText('validate').split('\nOptions:\n')[1]!.split('\n\n')[0]!;
    for (const option of options) {
      const listed = option.scope === 'all' || (Array.isArray(option.scope) && option.scope.includes('validate'));
      expect(validate.includes(`--${option.name}`), option.name).toBe(listed);
    }
  });
});
