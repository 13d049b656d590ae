/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { docsEnd, docsStart, optionDocs, updateCliDocs } from './docs.js';
import { options } from './options.js';

describe('docs/cli.md', () => {
  it('has the option tables generated from options.ts (run `pnpm --filter @copekit/cli docs` if this fails)', async () => {
    const current = await readFile(new URL('../../../docs/cli.md', import.meta.url), 'utf8');
    expect(updateCliDocs(current) === current, 'docs/cli.md is stale: run `pnpm --filter @copekit/cli docs`').toBe(true);
  });
});

describe('optionDocs', () => {
  it('documents every option with its description', () => {
    const docs = optionDocs();
    for (const option of options) expect(docs).toContain(`--${option.name}`);
    for (const option of options) expect(docs).toContain(option.description);
  });

  it('renders the option table of a command', () => {
    const build = optionDocs().split('\n\n### ')[1];
    expect(build).toMatchInlineSnapshot(`
      "\`copekit build [dir] --out <file> [options]\`

      Checks the curriculum in \`[dir]\` (default: \`curriculum\`) like \`validate\` and, when there are no errors, writes the deterministic JSON bundle to \`--out\`.

      | Option | Default | Description |
      | --- | --- | --- |
      | \`-o, --out <file>\` |  | Where to write the bundle (required). Parent folders are created. |
      | \`-f, --format <format>\` | \`human\` | How to print the result: \`human\` (a report per file) or \`json\` (messages and a summary). |
      | \`-w, --watch\` |  | Check again whenever a source file changes, until interrupted (Ctrl+C). |
      | \`--max-grade <n>\` | \`6\` | Highest reading grade of patient-facing text before the readability rule warns. |
      | \`--no-cache\` |  | Parse every file again instead of reusing results saved in \`node_modules/.cache/copekit\`. |
      | \`-h, --help\` |  | Show help. |"
    `);
  });
});

describe('updateCliDocs', () => {
  it('replaces only the generated part and is stable', () => {
    const page = `# Title\n\nIntro.\n\n${docsStart}\nold tables\n${docsEnd}\n\nOutro.\n`;
    const updated = updateCliDocs(page);

    expect(updated.startsWith(`# Title\n\nIntro.\n\n${docsStart}\n\n### \`copekit validate`)).toBe(true);
    expect(updated.endsWith(`\n\n${docsEnd}\n\nOutro.\n`)).toBe(true);
    expect(updated).not.toContain('old tables');
    expect(updateCliDocs(updated)).toBe(updated);
  });

  it('refuses a page without the markers', () => {
    expect(() => updateCliDocs('# Title\n')).toThrow(/must contain the lines/);
  });
});
