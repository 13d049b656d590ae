/**
 * Where a research command writes: a file (`--out`) or standard output.
 *
 * @module
 */

import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import type { CliIo } from './io.js';

/** An open output. */
export interface Output {
  /** Writes a chunk; resolves when the output has room for more. */
  write(chunk: string): Promise<void>;
  /** Finishes writing (the file is complete when it resolves). */
  close(): Promise<void>;
}

/**
 * Opens `out` (resolved against `io.cwd`, parent folders created) for
 * writing, or standard output when `out` is `undefined`.
 */
export async function openOutput(out: string | undefined, io: CliIo): Promise<Output> {
  if (out === undefined) {
    return {
      write: async (chunk) => {
        if (io.write !== undefined) await io.write(chunk);
        else io.stdout(chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk);
      },
      close: async () => {},
    };
  }
  const path = resolve(io.cwd, out);
  await mkdir(dirname(path), { recursive: true });
  const stream = createWriteStream(path);
  await once(stream, 'open');
  return {
    write: async (chunk) => {
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    close: async () => {
      stream.end();
      await finished(stream);
    },
  };
}

/** Writes `text` and a newline to `out` or standard output. */
export async function writeOutput(out: string | undefined, io: CliIo, text: string): Promise<void> {
  const output = await openOutput(out, io);
  await output.write(`${text}\n`);
  await output.close();
}
