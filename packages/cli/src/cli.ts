/**
 * The `copekit` executable: runs {@link main} on the process's arguments and
 * sets its exit code. `bin/copekit.js` imports the built copy of this file.
 *
 * @module
 */

import { once } from 'node:events';
import { main } from './main.js';

// A reader that stops early (`copekit export … | head`) closes the pipe: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

void main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  write: async (chunk) => {
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  },
  stderr: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
  color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
  onInterrupt(stop) {
    process.once('SIGINT', stop);
    return () => process.off('SIGINT', stop);
  },
}).then((exitCode) => {
  process.exitCode = exitCode;
});
