/**
 * The author preview: `pnpm preview` at the repository root. Serves the web
 * example with the curriculum in watch mode: every save recompiles it and
 * updates the open page, compiler messages appear in the page, and the
 * lesson and step picker jumps anywhere.
 *
 * Options: `--curriculum <dir>` (default: the shipped curriculum), `--port <n>` (default 5173).
 */
import { createServer } from 'vite';
import { webConfig } from '../web-config.js';
import { parsePreviewArgs, type PreviewArgs } from './preview-args.js';

let args: PreviewArgs;
try {
  args = parsePreviewArgs(process.argv.slice(2));
} catch (error) {
  console.error(`pnpm preview: ${(error as Error).message}\nUsage: pnpm preview -- [--port 5173] [--curriculum path/to/curriculum]`);
  process.exit(2);
}
const server = await createServer(webConfig({ preview: true, ...args }));
await server.listen();
server.printUrls();
console.log('Watching the curriculum: save a lesson to see it here. Press Ctrl+C to stop.');
