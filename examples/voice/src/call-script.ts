/**
 * Scripts of simulated calls: which lesson each call runs and the keys the
 * caller presses.
 *
 * @module
 */

/** One step of a call: keys pressed (`"7#"`, `"1"`, `"*9"`), seconds of silence, an audio recording, or hanging up. */
export type CallStep = { keys: string } | { wait: number } | { record: string } | { hangUp: true };

/** One scripted call. */
export interface ScriptedCall {
  lesson: string;
  /** The steps in order; a plain string is keys. */
  steps: CallStep[];
}

/** A call script: a participant and the calls they make, in order. */
export interface CallScript {
  participant: string;
  calls: ScriptedCall[];
}

/**
 * Reads a call script from JSON:
 * `{ "participant": "p-1", "calls": [{ "lesson": "daily-check-in", "steps": ["6#", "1", { "wait": 300 }, { "hangUp": true }] }] }`.
 * Throws an `Error` that names `source` and the bad step.
 *
 * @example
 * ```ts
 * parseCallScript('{ "participant": "p", "calls": [{ "lesson": "daily-check-in", "steps": ["6#"] }] }', 'demo.json').calls[0].steps;
 * // => [{ keys: '6#' }]
 * ```
 */
export function parseCallScript(json: string, source: string): CallScript {
  const bad = (problem: string) => new Error(`${source}: ${problem}.`);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw bad(`not valid JSON (${(error as Error).message})`);
  }
  const script = data as { participant?: unknown; calls?: unknown } | null;
  if (typeof script !== 'object' || script === null || typeof script.participant !== 'string' || !Array.isArray(script.calls)) {
    throw bad('expected { "participant": "<id>", "calls": [...] }');
  }
  const calls = script.calls.map((call: unknown, index): ScriptedCall => {
    const { lesson, steps } = (call ?? {}) as { lesson?: unknown; steps?: unknown };
    if (typeof lesson !== 'string' || !Array.isArray(steps)) throw bad(`call ${index + 1} needs a "lesson" and a list of "steps"`);
    const parsed = steps.map((step: unknown, at) =>
      callStep(step, () => bad(`call ${index + 1}, step ${at + 1} (${JSON.stringify(step)}) is not keys, { "wait": <seconds> }, { "record": "<ref>" } or { "hangUp": true }`)),
    );
    const hangUp = parsed.findIndex((step) => 'hangUp' in step);
    if (hangUp !== -1 && hangUp !== parsed.length - 1) throw bad(`call ${index + 1}: { "hangUp": true } must be the last step`);
    return { lesson, steps: parsed };
  });
  return { participant: script.participant, calls };
}

function callStep(step: unknown, bad: () => Error): CallStep {
  if (typeof step === 'string') {
    if (!/^[0-9*#]*$/.test(step)) throw bad();
    return { keys: step };
  }
  const object = (step ?? {}) as Record<string, unknown>;
  if (typeof object['wait'] === 'number' && object['wait'] >= 0) return { wait: object['wait'] };
  if (typeof object['record'] === 'string') return { record: object['record'] };
  if (object['hangUp'] === true) return { hangUp: true };
  throw bad();
}
