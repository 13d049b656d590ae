import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { contextWith } from '../../test/fixtures/context.js';
import type { Position } from '../core/position.js';
import { readPosition, resolvePosition } from './machine-position.js';
import { compiledSession } from './session-machine.js';

const compiled = compiledSession(bundle, 'pacing-basics');

describe('machine positions', () => {
  const positions: Position[] = [
    { status: 'active', flow: 'lesson', step: 3, lessonStep: 3 },
    { status: 'active', flow: 'safety', step: 1, lessonStep: 4 },
    { status: 'exited', flow: 'lesson', step: 2, lessonStep: 2 },
    { status: 'exited', flow: 'safety', step: 3, lessonStep: 3 },
    { status: 'completed', flow: 'lesson', step: 8, lessonStep: 8 },
  ];

  it('resolves every kind of position to a machine state and reads it back', () => {
    for (const position of positions) {
      const snapshot = resolvePosition(compiled, position, contextWith());
      expect(readPosition(compiled.env, snapshot)).toEqual(position);
    }
  });

  it('uses the state values of the machine', () => {
    expect(positions.map((position) => resolvePosition(compiled, position, contextWith()).value)).toEqual([
      { lesson: 'check' },
      { safety: 'follow-up' },
      'exited',
      'exited-safety',
      'completed',
    ]);
    expect(resolvePosition(compiled, positions[4]!, contextWith()).status).toBe('done');
  });
});
