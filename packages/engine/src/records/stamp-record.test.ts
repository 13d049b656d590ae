import { validateRecord } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { contentStamp } from '../core/content-stamp.js';
import { createEnv } from '../core/session-env.js';
import { stampRecord } from './stamp-record.js';

const stamp = {
  content: contentStamp(createEnv(bundle, 'pacing-basics')),
  meta: { session: 's-1', participant: 'p-0042', mode: 'guided' as const, region: 'us', startedAt: 0 },
};

describe('stampRecord', () => {
  it('stamps a draft with its sequence number, time, session, content versions and engine version', () => {
    const record = stampRecord(stamp, { type: 'session.exited', flow: 'lesson', step: 'plan', payload: {} }, 12, 1_767_603_600_000);
    expect(record).toEqual({
      seq: 12,
      at: 1_767_603_600_000,
      type: 'session.exited',
      session: 's-1',
      participant: 'p-0042',
      curriculum: 'copekit-test',
      curriculumVersion: '1.2.0',
      bundleHash: 'sha256:9999999999999999999999999999999999999999999999999999999999999999',
      lesson: 'pacing-basics',
      lessonHash: 'sha256:1111111111111111111111111111111111111111111111111111111111111111',
      engineVersion: '0.1.0',
      flow: 'lesson',
      step: 'plan',
      payload: {},
    });
    expect(validateRecord(record)).toBe(true);
  });

  it('writes records the record schema accepts, and the schema refuses malformed ones', () => {
    const answered = stampRecord(stamp, { type: 'item.answered', flow: 'safety', step: 'follow-up', payload: { lesson: 'safety-check', item: 'plan', value: 'yes', previous: null } }, 0, 1);
    expect(validateRecord(answered)).toBe(true);
    expect(validateRecord({ ...answered, payload: { ...answered.payload, extra: 1 } })).toBe(false);
    expect(validateRecord({ ...answered, type: 'item.guessed' })).toBe(false);
    expect(validateRecord({ ...answered, seq: -1 })).toBe(false);
  });
});
