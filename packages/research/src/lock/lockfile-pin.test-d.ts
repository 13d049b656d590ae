import type { ContentPin } from '@copekit/schema';
import { describe, expectTypeOf, it } from 'vitest';
import type { Lockfile } from './types.js';

describe('a lockfile is a content pin', () => {
  it('a parsed lockfile can be passed as `createSession(…, { pin })`', () => {
    expectTypeOf<Lockfile>().toExtend<ContentPin>();
  });

  it('a pin without its lesson hashes is not a pin', () => {
    expectTypeOf<Omit<Lockfile, 'lessons'>>().not.toExtend<ContentPin>();
  });
});
