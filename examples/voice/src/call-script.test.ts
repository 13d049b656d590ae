import { describe, expect, it } from 'vitest';
import { parseCallScript } from './call-script.js';

describe('parseCallScript', () => {
  it('reads calls of keys, waits, recordings and hang-ups', () => {
    const script = parseCallScript(
      JSON.stringify({ participant: 'p-1', calls: [{ lesson: 'mini-practices', steps: ['4#', '*9', '', { wait: 300 }, { record: 'audio:1' }, { hangUp: true }] }] }),
      'calls.json',
    );
    expect(script).toEqual({
      participant: 'p-1',
      calls: [{ lesson: 'mini-practices', steps: [{ keys: '4#' }, { keys: '*9' }, { keys: '' }, { wait: 300 }, { record: 'audio:1' }, { hangUp: true }] }],
    });
  });

  it('says which call and step is wrong', () => {
    expect(() => parseCallScript('{', 'calls.json')).toThrow(/^calls\.json: not valid JSON/);
    expect(() => parseCallScript('[]', 'calls.json')).toThrow('calls.json: expected { "participant": "<id>", "calls": [...] }.');
    expect(() => parseCallScript('{ "participant": "p", "calls": [{ "lesson": "x" }] }', 'calls.json')).toThrow('calls.json: call 1 needs a "lesson" and a list of "steps".');
    expect(() => parseCallScript('{ "participant": "p", "calls": [{ "lesson": "x", "steps": ["1", "yes"] }] }', 'calls.json')).toThrow(
      'calls.json: call 1, step 2 ("yes") is not keys, { "wait": <seconds> }, { "record": "<ref>" } or { "hangUp": true }.',
    );
    expect(() => parseCallScript('{ "participant": "p", "calls": [{ "lesson": "x", "steps": [{ "wait": -1 }] }] }', 'calls.json')).toThrow(/step 1/);
    expect(() => parseCallScript('{ "participant": "p", "calls": [null] }', 'calls.json')).toThrow(/call 1 needs/);
    expect(() => parseCallScript('{ "participant": "p", "calls": [{ "lesson": "x", "steps": [{ "hangUp": true }, "1"] }] }', 'calls.json')).toThrow(
      'calls.json: call 1: { "hangUp": true } must be the last step.',
    );
  });
});
