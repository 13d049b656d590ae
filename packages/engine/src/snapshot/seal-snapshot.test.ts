import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/fixtures/bundle.js';
import { atCheck, sessionOptions } from '../../test/fixtures/sessions.js';
import { createSession } from '../session/create-session.js';
import { openSnapshot } from './open-snapshot.js';
import { sealSnapshot } from './seal-snapshot.js';

describe('sealSnapshot', () => {
  it('reseals a snapshot to the same bytes', () => {
    const snapshot = atCheck().getSnapshot();
    const { checksum: _checksum, ...body } = snapshot;
    expect(JSON.stringify(sealSnapshot(body))).toBe(JSON.stringify(snapshot));
  });

  it('seals an edited body so it opens and restores', () => {
    const { checksum, ...body } = atCheck().getSnapshot();
    const sealed = sealSnapshot({ ...body, region: 'uk' });
    expect(sealed.checksum).not.toBe(checksum);
    expect(openSnapshot(sealed).region).toBe('uk');
    const restored = createSession(bundle, { ...sessionOptions(), snapshot: sealed });
    expect(restored.getFrame().blocks.length).toBeGreaterThan(0);
    expect(restored.getSnapshot().region).toBe('uk');
  });
});
