import type { VoicePrompt } from '@copekit/voice';
import { describe, expect, it } from 'vitest';
import { describeKeys } from './describe-keys.js';

const prompt = (keys: VoicePrompt['keys']): VoicePrompt => ({ ssml: '', text: '', expects: keys.expects, keys, item: null });

describe('describeKeys', () => {
  it('lists the digit entry, then each key with its option label or action', () => {
    expect(
      describeKeys(
        prompt({
          expects: 'choice',
          digits: null,
          bindings: [
            { keys: '*', action: 'repeat', label: 'hear this again', event: null },
            { keys: '1', action: 'answer', label: 'Yes', event: { type: 'answer', item: 'q', value: 'yes' } },
          ],
        }),
      ),
    ).toBe('choice: * repeat, 1 Yes');
    expect(describeKeys(prompt({ expects: 'digits', digits: { kind: 'number', item: 'n', min: null, max: null }, bindings: [] }))).toBe('digits: 0-… then #');
    expect(describeKeys(prompt({ expects: 'digits', digits: { kind: 'options', item: 'm', options: [] }, bindings: [] }))).toBe('digits: option numbers then #');
    expect(describeKeys(prompt({ expects: 'digits', digits: { kind: 'option', item: 'm', options: [] }, bindings: [] }))).toBe('digits: an option number then #');
  });
});

describe('describeKeys on real prompts', () => {
  it('summarises the keys of a rating, a practice and a crisis step', async () => {
    const { createSession } = await import('@copekit/engine');
    const { renderVoice } = await import('@copekit/voice');
    const { curriculumBundle } = await import('@copekit/engine/frames/testing');
    const bundle = await curriculumBundle();
    const session = createSession(bundle, { lesson: 'daily-check-in', mode: 'self-directed', participant: 'p', clock: { now: () => 0 } });
    expect(describeKeys(renderVoice(session.getFrame()))).toBe('digits: 0-10 then #, * repeat, *0 help');
    session.send({ type: 'answer', item: 'pain-today', value: 3 });
    session.send({ type: 'next' });
    expect(describeKeys(renderVoice(session.getFrame()))).toBe('choice: * repeat, *0 help, 1 Yes, 2 No, *7 back');
    const safety = createSession(bundle, { lesson: 'crisis-support', mode: 'self-directed', participant: 'p', clock: { now: () => 0 } });
    expect(describeKeys(renderVoice(safety.getFrame()))).toBe('none: * repeat, *0 help, 1 crisis, *9 next');
  });
});
