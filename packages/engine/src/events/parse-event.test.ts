import { describe, expect, it } from 'vitest';
import { eventType, parseEvent } from './parse-event.js';

describe('parseEvent', () => {
  it('stamps well-formed events with the clock time and drops extra fields', () => {
    expect(parseEvent({ type: 'next', at: 99, extra: true }, 5)).toEqual({ event: { type: 'next', at: 5 } });
    expect(parseEvent({ type: 'skip', item: 'x', value: 3 }, 5)).toEqual({ event: { type: 'skip', item: 'x', at: 5 } });
    expect(parseEvent({ type: 'practice.pause', practice: 'pmr' }, 5)).toEqual({ event: { type: 'practice.pause', practice: 'pmr', at: 5 } });
  });

  it('copies and freezes answer values, reading -0 as 0', () => {
    const value = ['a', 'b'];
    const parsed = parseEvent({ type: 'answer', item: 'x', value }, 1);
    if (!('event' in parsed) || parsed.event.type !== 'answer') throw new Error('not parsed');
    expect(parsed.event.value).toEqual(value);
    expect(parsed.event.value).not.toBe(value);
    expect(Object.isFrozen(parsed.event.value)).toBe(true);
    value.push('c');
    expect(parsed.event.value).toEqual(['a', 'b']);
    const record = parseEvent({ type: 'answer', item: 'x', value: { intensity: -0, situation: 's' } }, 1);
    expect(record).toEqual({ event: { type: 'answer', item: 'x', value: { intensity: 0, situation: 's' }, at: 1 } });
    expect(Object.is((parseEvent({ type: 'answer', item: 'x', value: -0 }, 1) as { event: { value: number } }).event.value, 0)).toBe(true);
  });

  it('rejects unknown and malformed events', () => {
    expect(parseEvent({ type: 'jump' }, 1)).toMatchInlineSnapshot(`
      {
        "rejection": {
          "message": "Unknown event \`jump\`; send one of answer, skip, next, back, acknowledge, exit, resume, practice.start, practice.pause, practice.resume, practice.complete.",
          "reason": "unknown-event",
        },
      }
    `);
    expect(parseEvent('next', 1)).toMatchObject({ rejection: { reason: 'unknown-event' } });
    expect(parseEvent(null, 1)).toMatchObject({ rejection: { reason: 'unknown-event' } });
    expect(parseEvent({ type: 'answer', item: 'x' }, 1)).toMatchInlineSnapshot(`
      {
        "rejection": {
          "message": "The \`answer\` event needs \`value\`.",
          "reason": "invalid-event",
        },
      }
    `);
    expect(parseEvent({ type: 'answer', item: 3, value: 1 }, 1)).toMatchObject({ rejection: { reason: 'invalid-event' } });
    expect(parseEvent({ type: 'practice.start' }, 1)).toMatchObject({ rejection: { reason: 'invalid-event' } });
  });

  it('reads the type of anything', () => {
    expect([eventType({ type: 'next' }), eventType({ type: 3 }), eventType(undefined), eventType([])]).toEqual(['next', null, null, null]);
  });
});
