/**
 * The options of `pnpm preview`.
 *
 * @module
 */

import { parseArgs } from 'node:util';

/** What the preview was asked for. */
export interface PreviewArgs {
  /** Curriculum folder; the shipped curriculum when absent. */
  curriculum?: string;
  port: number;
}

/**
 * Reads `--curriculum <dir>` and `--port <n>` (default 5173). A leading
 * `--` (as `pnpm preview -- --port 3000` passes it) is ignored. Throws an
 * error that says what to fix.
 *
 * @example
 * ```ts
 * parsePreviewArgs(['--', '--port', '3000']); // { port: 3000 }
 * ```
 */
export function parsePreviewArgs(argv: readonly string[]): PreviewArgs {
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  const { values } = parseArgs({ args, options: { curriculum: { type: 'string' }, port: { type: 'string', default: '5173' } } });
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65_535) throw new Error(`--port takes a port number from 0 to 65535; got ${values.port}.`);
  return { port, ...(values.curriculum === undefined ? {} : { curriculum: values.curriculum }) };
}
