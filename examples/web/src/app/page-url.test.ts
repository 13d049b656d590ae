import { describe, expect, it } from 'vitest';
import { readParams, writeParams } from './page-url.js';

describe('readParams', () => {
  it('reads the lesson, participant, audience, region and step', () => {
    expect(readParams('?lesson=weekly-mood&participant=p-0042&audience=coach&region=gb&step=mood')).toEqual({
      lesson: 'weekly-mood',
      participant: 'p-0042',
      audience: 'coach',
      region: 'gb',
      step: 'mood',
    });
  });

  it('uses defaults for missing, blank or unknown values', () => {
    expect(readParams('')).toEqual({ participant: 'demo', audience: 'participant' });
    expect(readParams('?lesson=%20&audience=admin&participant=', 'preview')).toEqual({ participant: 'preview', audience: 'participant' });
  });
});

describe('writeParams', () => {
  it('writes what differs from the defaults, and reads back the same', () => {
    const params = { lesson: 'weekly-mood', step: 'mood', participant: 'p 1', audience: 'coach' as const, region: 'gb' };
    const search = writeParams(params);
    expect(search).toBe('?lesson=weekly-mood&step=mood&participant=p+1&audience=coach&region=gb');
    expect(readParams(search)).toEqual(params);
    expect(writeParams({ participant: 'demo', audience: 'participant' })).toBe('./');
    expect(writeParams({ participant: 'preview', audience: 'participant', lesson: 'x' }, 'preview')).toBe('?lesson=x');
  });
});
