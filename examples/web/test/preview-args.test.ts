import { describe, expect, it } from 'vitest';
import { parsePreviewArgs } from '../scripts/preview-args.js';

describe('parsePreviewArgs', () => {
  it('reads the port and the curriculum, ignoring a leading --', () => {
    expect(parsePreviewArgs([])).toEqual({ port: 5173 });
    expect(parsePreviewArgs(['--', '--port', '3000'])).toEqual({ port: 3000 });
    expect(parsePreviewArgs(['--curriculum', '../my-curriculum', '--port=0'])).toEqual({ port: 0, curriculum: '../my-curriculum' });
  });

  it('refuses a bad port or an unknown option, saying what is wrong', () => {
    expect(() => parsePreviewArgs(['--port', 'http'])).toThrow('--port takes a port number from 0 to 65535; got http.');
    expect(() => parsePreviewArgs(['--port', '70000'])).toThrow('got 70000');
    expect(() => parsePreviewArgs(['--watch'])).toThrow(/--watch/);
  });
});
