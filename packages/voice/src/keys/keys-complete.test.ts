import { describe, expect, it } from 'vitest';
import { renderVoice } from '../render/render-voice.js';
import { choice, frameOf, practice, rating } from '@copekit/engine/frames/testing';
import { keysComplete } from './keys-complete.js';

const choicePrompt = renderVoice(frameOf([choice(['Yes', 'No'])]));
const ratingPrompt = renderVoice(frameOf([rating()]));
const practicePrompt = renderVoice(frameOf([practice()]));

describe('keysComplete', () => {
  it('completes a single key at once when no digits are expected', () => {
    expect(keysComplete(choicePrompt, '2')).toBe(true);
    expect(keysComplete(choicePrompt, '7')).toBe(true);
    expect(keysComplete(practicePrompt, '1')).toBe(true);
  });

  it('waits for pound while digits are expected', () => {
    expect(keysComplete(ratingPrompt, '1')).toBe(false);
    expect(keysComplete(ratingPrompt, '10')).toBe(false);
    expect(keysComplete(ratingPrompt, '10#')).toBe(true);
    expect(keysComplete(ratingPrompt, '#')).toBe(true);
  });

  it('waits for the key after a star, and leaves a lone star to the host timeout', () => {
    expect(keysComplete(choicePrompt, '*')).toBe(false);
    expect(keysComplete(ratingPrompt, '*')).toBe(false);
    expect(keysComplete(choicePrompt, '*7')).toBe(true);
    expect(keysComplete(ratingPrompt, '*0')).toBe(true);
  });
});
