import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROGRAM_VERSION } from './version.js';

describe('PROGRAM_VERSION', () => {
  it('is the version in package.json', () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(PROGRAM_VERSION).toBe(version);
  });
});
