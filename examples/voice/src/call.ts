/**
 * `pnpm --filter @copekit/example-voice call`: simulated telephone calls.
 * Reads a call script (default `scripts/demo.json`), runs each call through
 * the voice channel, and prints every prompt (its text, or its SSML with
 * `--ssml`), the keys it accepts and the keys pressed.
 *
 * @module
 */

import type { Bundle } from '@copekit/schema';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCallScript } from './call-script.js';
import { describeKeys } from './describe-keys.js';
import { simulateCall, simulatedClock } from './simulate-call.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const base = process.env['INIT_CWD'] ?? process.cwd();

function readBundle(path: string): Bundle {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Bundle;
  } catch {
    throw new Error(`No bundle at ${path}. Build it with \`pnpm copekit build curriculum --out out/bundle.json\`, or pass --bundle.`);
  }
}

function main(): void {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: { bundle: { type: 'string' }, script: { type: 'string' }, ssml: { type: 'boolean' } },
    strict: true,
  });
  const bundlePath = values.bundle === undefined ? resolve(root, 'out/bundle.json') : resolve(base, values.bundle);
  const scriptPath = values.script === undefined ? fileURLToPath(new URL('../scripts/demo.json', import.meta.url)) : resolve(base, values.script);
  const bundle = readBundle(bundlePath);
  const script = parseCallScript(readFileSync(scriptPath, 'utf8'), scriptPath);
  const clock = simulatedClock(Date.UTC(2026, 0, 5, 18, 0));
  const print = (text: string) => process.stdout.write(`${text}\n`);
  script.calls.forEach((call, index) => {
    print(`=== Call ${index + 1}: ${call.lesson}`);
    const result = simulateCall(bundle, call, {
      participant: script.participant,
      session: `${script.participant}-call-${index + 1}`,
      clock,
      onTurn(turn) {
        if (turn.input !== null) print(`\n> ${turn.input}${turn.reprompt === null ? '' : `   (re-prompt: ${turn.reprompt})`}`);
        print(values.ssml ? turn.prompt.ssml : turn.prompt.text);
        print(`  [${describeKeys(turn.prompt)}]`);
      },
    });
    const records = result.session.getRecords();
    const alerts = records.filter((record) => record.type === 'safety.alert').length;
    print(`\n=== Call ${index + 1} ended: ${result.status}; ${records.length} records, ${alerts} safety alert${alerts === 1 ? '' : 's'}.\n`);
    clock.advance(3600);
  });
}

try {
  main();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}
