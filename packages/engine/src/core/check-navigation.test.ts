import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { contextWith } from '../../test/fixtures/context.js';
import { backDestination, checkAcknowledge, nextDestination } from './check-navigation.js';
import { createEnv } from './session-env.js';

const env = createEnv(bundle, 'pacing-basics');
const lessonStep = (step: number) => ({ flow: 'lesson' as const, step });
const safetyStep = (step: number) => ({ flow: 'safety' as const, step });

describe('nextDestination', () => {
  it('refuses to leave while a required visible item is unanswered', () => {
    expect(nextDestination(env, lessonStep(0), contextWith())).toMatchInlineSnapshot(`
      {
        "message": "Answer \`pain-now\` first (required on this step).",
        "reason": "required-unanswered",
      }
    `);
  });

  it('leads to the next step with content', () => {
    expect(nextDestination(env, lessonStep(0), contextWith({ 'pain-now': 3 }))).toBe(2);
    expect(nextDestination(env, lessonStep(0), contextWith({ 'pain-now': 7 }))).toBe(1);
  });

  it('leads to the end from the last step with content', () => {
    expect(nextDestination(env, lessonStep(7), contextWith({ 'pain-now': 5 }))).toBe('end');
    expect(nextDestination(env, lessonStep(7), contextWith({ 'pain-now': 1 }))).toBe(8);
    expect(nextDestination(env, lessonStep(8), contextWith({ 'pain-now': 1 }))).toBe('end');
  });

  it('passes over hidden steps in the safety flow too, but never past its end', () => {
    expect(nextDestination(env, safetyStep(1), contextWith({}, { safety: { plan: 'no' } }))).toBe(3);
    expect(nextDestination(env, safetyStep(1), contextWith({}, { safety: { plan: 'yes' } }))).toBe(2);
    expect(nextDestination(env, safetyStep(3), contextWith())).toMatchInlineSnapshot(`
      {
        "message": "This is the last step of the safety flow: send \`acknowledge\` to return to the lesson.",
        "reason": "not-allowed-now",
      }
    `);
  });
});

describe('backDestination', () => {
  it('leads to the previous step with content, keeping answers', () => {
    expect(backDestination(env, lessonStep(2), contextWith({ 'pain-now': 3 }))).toBe(0);
    expect(backDestination(env, lessonStep(2), contextWith({ 'pain-now': 9 }))).toBe(1);
  });

  it('refuses to go back from the first step of a flow', () => {
    expect(backDestination(env, lessonStep(0), contextWith())).toMatchInlineSnapshot(`
      {
        "message": "This is the first step of the lesson.",
        "reason": "not-allowed-now",
      }
    `);
    expect(backDestination(env, safetyStep(0), contextWith())).toMatchInlineSnapshot(`
      {
        "message": "This is the first step of the safety flow.",
        "reason": "not-allowed-now",
      }
    `);
  });
});

describe('checkAcknowledge', () => {
  it('accepts acknowledge on the last step of the safety flow only', () => {
    expect(checkAcknowledge(env, safetyStep(3), contextWith())).toBeNull();
    expect(checkAcknowledge(env, safetyStep(0), contextWith())).toMatchInlineSnapshot(`
      {
        "message": "The safety flow has more steps: send \`next\`; \`acknowledge\` comes on its last step.",
        "reason": "not-allowed-now",
      }
    `);
    expect(checkAcknowledge(env, lessonStep(7), contextWith())).toMatchInlineSnapshot(`
      {
        "message": "\`acknowledge\` ends the safety flow; the session is not in it.",
        "reason": "not-allowed-now",
      }
    `);
  });

  it('needs the required follow-up questions of its step answered', () => {
    const shortened = createEnv(
      { ...bundle, lessons: bundle.lessons.map((lesson) => (lesson.id === 'safety-check' ? { ...lesson, steps: lesson.steps.slice(0, 2) } : lesson)) },
      'pacing-basics',
    );
    expect(checkAcknowledge(shortened, safetyStep(1), contextWith())).toMatchObject({ reason: 'required-unanswered' });
    expect(checkAcknowledge(shortened, safetyStep(1), contextWith({}, { safety: { plan: 'no' } }))).toBeNull();
  });
});
