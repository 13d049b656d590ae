/**
 * The generated part of `docs/cli.md`: one option table per command and the
 * exit codes, from the tables in `options.ts`.
 *
 * @module
 */

import { optionLabel } from './help.js';
import { commands, exitCodes, optionsOf, type OptionSpec } from './options.js';

/** Marks the start of the generated part of `docs/cli.md`. */
export const docsStart = '<!-- options:start (generated from packages/cli/src/options.ts by `pnpm --filter @copekit/cli docs`) -->';
/** Marks the end of the generated part of `docs/cli.md`. */
export const docsEnd = '<!-- options:end -->';

/** The Markdown of the commands, their options and the exit codes. */
export function optionDocs(): string {
  const sections = commands.map((command) =>
    [
      `### \`copekit ${command.usage}\``,
      '',
      command.description,
      '',
      '| Option | Default | Description |',
      '| --- | --- | --- |',
      ...optionsOf(command.name).map(optionRow),
    ].join('\n'),
  );
  const global = ['### Global options', '', '| Option | Default | Description |', '| --- | --- | --- |', ...optionsOf(undefined).map(optionRow)];
  const codes = ['### Exit codes', '', '| Code | Meaning |', '| --- | --- |', ...exitCodes.map(({ code, meaning }) => `| ${code} | ${cell(meaning)} |`)];
  return [...sections, global.join('\n'), codes.join('\n')].join('\n\n');
}

function optionRow(spec: OptionSpec): string {
  const label = `\`${optionLabel(spec).trim()}\``;
  const fallback = spec.default === undefined ? '' : `\`${spec.default}\``;
  return `| ${label} | ${fallback} | ${cell(spec.description)} |`;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

/**
 * `markdown` (the text of `docs/cli.md`) with the part between
 * {@link docsStart} and {@link docsEnd} replaced by {@link optionDocs}.
 * Throws when the markers are missing.
 *
 * @example
 * ```ts
 * const fresh = updateCliDocs(await readFile('docs/cli.md', 'utf8'));
 * ```
 */
export function updateCliDocs(markdown: string): string {
  const start = markdown.indexOf(docsStart);
  const end = markdown.indexOf(docsEnd);
  if (start === -1 || end < start) {
    throw new Error(`docs/cli.md must contain the lines\n${docsStart}\n${docsEnd}\nwhere the option tables go.`);
  }
  return `${markdown.slice(0, start)}${docsStart}\n\n${optionDocs()}\n\n${markdown.slice(end)}`;
}
