import type { FrameItem } from '@copekit/engine';
import { describe, expect, it } from 'vitest';
import { choice, frameOf, minutes, rating, textEntry, thoughtRecord } from '@copekit/engine/frames/testing';
import { normalizeReply } from './normalize-reply.js';
import { answerResult } from './parse-answer.js';

/** Answers `text` to the single item of a frame built from `block`. */
function answer(block: ReturnType<typeof rating>, text: string, draft?: Parameters<typeof answerResult>[4]) {
  const frame = frameOf([block]);
  return answerResult(frame, block as FrameItem, text, normalizeReply(text), draft);
}

describe('answerResult', () => {
  it('answers numbers with decimals only where allowed, and checks open-ended ranges', () => {
    const hours = minutes({ id: 'hours', constraints: { integer: false, min: 0, unit: 'hours' } });
    expect(answer(hours, '7.5 hours')).toEqual({ event: { type: 'answer', item: 'hours', value: 7.5 } });
    expect(answer(hours, '-1')).toMatchObject({ reason: 'out-of-range', reprompt: expect.stringMatching(/^-1 is out of range\. Reply with the number of hours, at least 0/) });
    const steps = minutes({ id: 'steps', constraints: { integer: true, max: 100000, unit: 'steps' } });
    expect(answer(steps, '12,500 steps')).toEqual({ event: { type: 'answer', item: 'steps', value: 12500 } });
    expect(answer(steps, '100001')).toMatchObject({ reason: 'out-of-range' });
  });

  it('words each option problem', () => {
    const block = choice(['Yes', 'No']);
    expect(answer(block, '9')).toMatchObject({ reprompt: expect.stringMatching(/^There is no option 9\./) });
    expect(answer(block, '1,2')).toMatchObject({ reprompt: expect.stringMatching(/^Please choose only one\./) });
    const same = choice(['Same', 'Same']);
    expect(answer(same, 'same')).toMatchObject({ reason: 'ambiguous', reprompt: expect.stringMatching(/^"same" matches more than one option\./) });
    expect(answer(block, 'perhaps')).toMatchObject({ reason: 'unclear', reprompt: expect.stringMatching(/^Sorry, I did not understand "perhaps"\./) });
  });

  it('keeps the text as typed, trimmed, and counts its length', () => {
    expect(answer(textEntry({ constraints: {} }), '  I Will Walk  ')).toEqual({ event: { type: 'answer', item: 'goal', value: 'I Will Walk' } });
    expect(answer(textEntry(), 'x'.repeat(20))).toMatchObject({ event: { value: 'x'.repeat(20) } });
    expect(answer(textEntry(), 'x'.repeat(21))).toMatchObject({ reason: 'too-long' });
  });

  it('reads thought-record ratings as whole numbers on their own scale', () => {
    const draft = { situation: 'Shop' };
    expect(answer(thoughtRecord(), '60/100', draft)).toEqual({ draft: { situation: 'Shop', intensity: 60 } });
    expect(answer(thoughtRecord(), '6/10', draft)).toMatchObject({ reason: 'other-scale', reprompt: expect.stringMatching(/^Please rate from 0 to 100\./) });
    expect(answer(thoughtRecord(), '60.5', draft)).toMatchObject({ reason: 'not-whole' });
    expect(answer(thoughtRecord(), '  In a queue  ')).toEqual({ draft: { situation: 'In a queue' } });
  });

  it('answers a rating at both ends and nowhere outside them', () => {
    expect(answer(rating(), '0')).toMatchObject({ event: { value: 0 } });
    expect(answer(rating(), '10')).toMatchObject({ event: { value: 10 } });
    expect(answer(rating(), '-1')).toMatchObject({ reason: 'out-of-range' });
    expect(answer(rating(), '10.0')).toMatchObject({ event: { value: 10 } });
  });
});
