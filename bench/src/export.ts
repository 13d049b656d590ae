/**
 * `pnpm bench:export [--mb N]`: streams a large synthetic records file
 * through `exportRecords` (CSV) and compares it with a baseline measured in
 * the same run on the same file:
 *
 * (a) a bare pass: read the file as a stream, split it into lines and
 *     `JSON.parse` each one (the floor any JSONL reader pays);
 * (b) `exportRecords`: the same lines validated against the record schema,
 *     turned into answer rows with instrument scores, written as CSV to the
 *     null device.
 *
 * Each pass runs in its own child process so that its peak RSS is its own.
 * Both run on two files, `--mb` (default 200) and a quarter of it, to show
 * that memory does not grow with the file. Prints rows per second, the time
 * ratio b/a and the peak RSS of each pass. The records are those of the
 * simulated trial of the research tests (engine sessions on the shipped
 * curriculum), repeated with new participant and session ids.
 * Imports the built packages (`pnpm build` first).
 *
 * @module
 */

import { fork } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compile } from '@copekit/compiler';
import { readCurriculum } from '@copekit/compiler/node';
import { exportRecords } from '@copekit/research';
import type { Bundle } from '@copekit/schema';
import { simulateTrial } from '../../packages/research/test/fixtures/simulated-trial.js';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '200' },
    task: { type: 'string' },
    file: { type: 'string' },
  },
});

const curriculumRoot = fileURLToPath(new URL('../../curriculum', import.meta.url));

async function loadBundle(): Promise<Bundle> {
  const { bundle, messages } = compile(await readCurriculum(curriculumRoot));
  if (bundle === undefined) throw new Error(`The shipped curriculum does not compile: ${messages.map(String).join('\n')}`);
  return bundle;
}

/** What a child process reports. */
interface Measured {
  seconds: number;
  lines: number;
  rows: number;
  /** Peak resident set size, in MB. */
  peakMb: number;
}

if (values.task !== undefined) {
  // A child: run one pass over the file and report.
  const file = values.file!;
  const bundle = await loadBundle();
  const started = performance.now();
  let lines = 0;
  let rows = 0;
  if (values.task === 'baseline') {
    let pending = '';
    for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
      pending += chunk as string;
      let start = 0;
      for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
        JSON.parse(pending.slice(start, end));
        lines += 1;
        start = end + 1;
      }
      pending = pending.slice(start);
    }
  } else {
    const output = createWriteStream(devNull);
    const summary = await exportRecords(createReadStream(file), {
      bundle,
      format: 'csv',
      write: async (chunk) => {
        if (!output.write(chunk)) await once(output, 'drain');
      },
    });
    output.end();
    if (summary.errors.length > 0) throw new Error(`Bad lines: ${JSON.stringify(summary.errors.slice(0, 3))}`);
    lines = summary.lines;
    rows = summary.rows;
  }
  const seconds = (performance.now() - started) / 1000;
  const measured: Measured = { seconds, lines, rows, peakMb: process.resourceUsage().maxRSS / 1024 };
  process.send!(measured);
} else {
  const mb = Number(values.mb);
  if (!Number.isFinite(mb) || mb <= 0) {
    console.error('Usage: pnpm bench:export [--mb N]');
    process.exit(2);
  }
  const bundle = await loadBundle();
  const template = simulateTrial(bundle);
  const folder = await mkdtemp(join(tmpdir(), 'copekit-bench-export-'));
  try {
    const sizes = [mb / 4, mb];
    console.log(`Records: the simulated trial (${template.length} records, 4 participants), repeated with new ids; CSV written to ${devNull}`);
    for (const size of sizes) {
      const file = join(folder, `records-${size}mb.jsonl`);
      await writeRecords(file, template, size * 1024 * 1024);
      const bytes = (await stat(file)).size;
      const baseline = await child('baseline', file);
      const exported = await child('export', file);
      const perSecond = (count: number, seconds: number) => Math.round(count / seconds).toLocaleString('en-US');
      console.log(`\n${(bytes / 1024 / 1024).toFixed(0)} MB, ${baseline.lines.toLocaleString('en-US')} records:`);
      console.log(`(a) line split + JSON.parse  ${baseline.seconds.toFixed(1).padStart(6)} s  ${perSecond(baseline.lines, baseline.seconds).padStart(10)} records/s  peak RSS ${baseline.peakMb.toFixed(0)} MB`);
      console.log(`(b) exportRecords (CSV)      ${exported.seconds.toFixed(1).padStart(6)} s  ${perSecond(exported.lines, exported.seconds).padStart(10)} records/s  ${perSecond(exported.rows, exported.seconds)} rows/s  peak RSS ${exported.peakMb.toFixed(0)} MB`);
      console.log(`b/a time = ${(exported.seconds / baseline.seconds).toFixed(2)}; b/a peak RSS = ${(exported.peakMb / baseline.peakMb).toFixed(2)}`);
      await rm(file);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Runs one pass in a child process and returns what it measured. */
function child(task: 'baseline' | 'export', file: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const worker = fork(fileURLToPath(import.meta.url), ['--task', task, '--file', file]);
    worker.once('message', (message) => resolve(message as Measured));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The ${task} pass exited with code ${code}.`));
    });
  });
}

/** Writes the template's records again and again, with new participant and session ids and later times, until `bytes` are written. */
async function writeRecords(file: string, template: readonly object[], bytes: number): Promise<void> {
  const output = createWriteStream(file);
  const lines = template.map((record) => JSON.stringify(record));
  const week = 7 * 24 * 60 * 60 * 1000;
  let written = 0;
  for (let copy = 0; written < bytes; copy++) {
    const prefix = `c${copy}-`;
    let chunk = '';
    for (const line of lines) {
      chunk += `${line.replace(/"session":"/, `"session":"${prefix}`).replace(/"participant":"/, `"participant":"${prefix}`).replace(/"at":(\d+)/, (_, at: string) => `"at":${Number(at) + (copy % 52) * week}`)}\n`;
    }
    written += Buffer.byteLength(chunk);
    if (!output.write(chunk)) await once(output, 'drain');
  }
  output.end();
  await once(output, 'finish');
}
