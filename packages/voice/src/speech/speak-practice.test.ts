import type { FramePractice } from '@copekit/engine';
import { describe, expect, it } from 'vitest';
import { MIN_CUE_PAUSE, speakCues, speakingSeconds } from './speak-practice.js';

const practice = (overrides: Partial<FramePractice> = {}): FramePractice => ({
  type: 'practice',
  id: 'breathing',
  title: 'Slow breathing',
  minutes: 1,
  cues: [
    { at: 0, text: 'Sit comfortably and close your eyes.' },
    { at: 20, text: 'Breathe in slowly.' },
    { at: 22, text: 'And out, slowly, for a long time, until your lungs feel empty.' },
  ],
  status: 'running',
  elapsed: 0,
  cue: -1,
  actions: ['practice.pause', 'practice.complete'],
  ...overrides,
});

describe('speakingSeconds', () => {
  it('estimates 150 words a minute', () => {
    expect(speakingSeconds('Take a slow breath in.')).toBe(2);
    expect(speakingSeconds('  one   two ')).toBe(0.8);
    expect(speakingSeconds('')).toBe(0);
  });
});

describe('speakCues', () => {
  it('pauses until the next cue, minus the time to say the cue, and runs the last pause to the end', () => {
    const pauses = speakCues(practice()).map((paragraph) => paragraph[1]);
    // 20 s gap - 2.4 s of speech; 2 s gap - 0.8 s of speech → at least 1 s; 60 - 22 - 5.2 s.
    expect(pauses).toEqual([
      { type: 'pause', seconds: 18 },
      { type: 'pause', seconds: MIN_CUE_PAUSE },
      { type: 'pause', seconds: 33 },
    ]);
  });

  it('resumes from the latest cue reached', () => {
    expect(speakCues(practice({ cue: 1, elapsed: 21 })).map((paragraph) => paragraph[0])).toEqual([
      { type: 'text', text: 'Breathe in slowly.' },
      { type: 'text', text: 'And out, slowly, for a long time, until your lungs feel empty.' },
    ]);
  });

  it('keeps a pause after a last cue placed at the very end', () => {
    expect(speakCues(practice({ minutes: 0, cues: [{ at: 5, text: 'Done.' }] }))).toEqual([
      [
        { type: 'text', text: 'Done.' },
        { type: 'pause', seconds: 1 },
      ],
    ]);
  });
});

describe('speakCues on the shipped practices', () => {
  it('plays each practice for about its planned length', async () => {
    const { curriculumBundle } = await import('@copekit/engine/frames/testing');
    const bundle = await curriculumBundle();
    const practices = bundle.lessons.flatMap((lesson) =>
      lesson.steps.flatMap((step) => step.blocks.filter((block) => block.type === 'practice')),
    );
    expect(practices.length).toBeGreaterThan(3);
    for (const block of practices) {
      const frame: FramePractice = { ...block, status: 'running', elapsed: 0, cue: -1, actions: ['practice.pause', 'practice.complete'] };
      const paragraphs = speakCues(frame);
      const seconds = paragraphs.reduce((total, [cue, pause]) => {
        const said = cue?.type === 'text' ? speakingSeconds(cue.text) : 0;
        return total + said + (pause?.type === 'pause' ? pause.seconds : 0);
      }, 0);
      expect(paragraphs).toHaveLength(block.cues.length);
      expect(Math.abs(seconds - block.minutes * 60), `${block.id}: ${seconds} s`).toBeLessThanOrEqual(block.cues.length);
    }
  });
});
