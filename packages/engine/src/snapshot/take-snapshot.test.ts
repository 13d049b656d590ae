import { canonicalJson, validateSnapshot } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { atCheck } from '../../test/fixtures/sessions.js';
import { textChecksum } from './checksum.js';

describe('takeSnapshot (through getSnapshot)', () => {
  const snapshot = atCheck().getSnapshot();

  it('names the content, the engine and the session, and the state', () => {
    const { checksum: _checksum, state, ...rest } = snapshot;
    expect(rest).toEqual({
      schemaVersion: 1,
      engineVersion: '0.1.0',
      curriculum: 'copekit-test',
      curriculumVersion: '1.2.0',
      bundleHash: 'sha256:9999999999999999999999999999999999999999999999999999999999999999',
      lesson: 'pacing-basics',
      lessonHash: 'sha256:1111111111111111111111111111111111111111111111111111111111111111',
      safetyLesson: 'safety-check',
      safetyLessonHash: 'sha256:2222222222222222222222222222222222222222222222222222222222222222',
      session: 'p-0042/pacing-basics/1767603600000',
      participant: 'p-0042',
      mode: 'guided',
      region: 'us',
      startedAt: 1767603600000,
      seq: 6,
    });
    expect(state).toEqual({
      status: 'active',
      step: 'check',
      safetyStep: null,
      answers: { 'pacing-basics': { 'pain-now': 3, overdo: ['yard'] } },
      skipped: {},
      practices: {},
      prior: {},
    });
  });

  it('matches the snapshot schema and its checksum', () => {
    expect(validateSnapshot(snapshot)).toBe(true);
    const { checksum, ...body } = snapshot;
    expect(checksum).toBe(textChecksum(canonicalJson(body)));
  });

  it('shares nothing with the session', () => {
    const session = atCheck();
    const first = session.getSnapshot();
    (first.state.answers['pacing-basics']!['overdo'] as string[]).push('work');
    expect(session.getSnapshot().state.answers['pacing-basics']!['overdo']).toEqual(['yard']);
  });
});
