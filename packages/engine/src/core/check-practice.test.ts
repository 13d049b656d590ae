import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { contextWith } from '../../test/fixtures/context.js';
import { checkPractice } from './check-practice.js';
import { createEnv } from './session-env.js';

const env = createEnv(bundle, 'pacing-basics');
const relax = { flow: 'lesson' as const, step: 6 };

describe('checkPractice', () => {
  it('allows the practice events its status allows', () => {
    expect(checkPractice(env, relax, contextWith(), 'practice.start', 'pmr')).toBeNull();
    expect(checkPractice(env, relax, contextWith(), 'practice.pause', 'pmr')).toMatchInlineSnapshot(`
      {
        "message": "Practice \`pmr\` is ready; it allows practice.start.",
        "reason": "not-allowed-now",
      }
    `);
    const running = contextWith({}, { practices: { pmr: { status: 'running', elapsed: 0, since: 0 } } });
    expect(checkPractice(env, relax, running, 'practice.pause', 'pmr')).toBeNull();
    expect(checkPractice(env, relax, running, 'practice.start', 'pmr')?.reason).toBe('not-allowed-now');
  });

  it('refuses unknown practices and practices of other steps', () => {
    expect(checkPractice(env, relax, contextWith(), 'practice.start', 'yoga')).toMatchInlineSnapshot(`
      {
        "message": "Lesson \`pacing-basics\` has no practice \`yoga\`.",
        "reason": "unknown-practice",
      }
    `);
    expect(checkPractice(env, { flow: 'lesson', step: 0 }, contextWith(), 'practice.start', 'pmr')?.reason).toBe('not-on-step');
  });
});
