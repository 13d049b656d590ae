import type { SessionRecord } from '@copekit/engine';
import { describe, expect, it } from 'vitest';
import { createRecordLog, recordsKey } from './record-log.js';
import { memoryStorage } from './storage.js';

const record = (seq: number) => ({ seq, type: 'step.entered' }) as unknown as SessionRecord;

describe('the record log', () => {
  it('appends records per participant, in order', () => {
    const storage = memoryStorage();
    const log = createRecordLog(storage, 'p-1');
    log.append(record(0));
    log.append(record(1));
    expect(log.read()).toEqual([record(0), record(1)]);
    expect(createRecordLog(storage, 'p-2').read()).toEqual([]);
    expect(JSON.parse(storage.getItem(recordsKey('p-1'))!)).toHaveLength(2);
  });

  it('keeps an unreadable log aside instead of overwriting it', () => {
    const storage = memoryStorage();
    storage.setItem(recordsKey('p-1'), '{broken');
    const log = createRecordLog(storage, 'p-1');
    log.append(record(0));
    expect(storage.getItem(`${recordsKey('p-1')}:unreadable`)).toBe('{broken');
    expect(log.read()).toEqual([record(0)]);
  });

  it('does not throw when storage is full', () => {
    const storage = memoryStorage();
    const log = createRecordLog({ ...storage, setItem: () => { throw new Error('QuotaExceededError'); } }, 'p-1');
    expect(() => log.append(record(0))).not.toThrow();
  });
});
