import { describe, expect, it } from 'vitest';
import { readLines, type NumberedLine } from './read-lines.js';

async function lines(chunks: (string | Uint8Array)[], maxLength?: number): Promise<NumberedLine[]> {
  const result: NumberedLine[] = [];
  for await (const line of readLines(chunks, maxLength)) result.push(line);
  return result;
}

describe('readLines', () => {
  it('numbers lines across chunk boundaries and drops CR and a BOM', async () => {
    expect(await lines(['\uFEFFa', 'b\r\nc', 'd\n', 'e'])).toEqual([
      { line: 1, text: 'ab' },
      { line: 2, text: 'cd' },
      { line: 3, text: 'e' },
    ]);
  });

  it('keeps empty lines so numbers match the file', async () => {
    expect(await lines(['a\n\nb\n'])).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: '' },
      { line: 3, text: 'b' },
    ]);
  });

  it('decodes UTF-8 split inside a character', async () => {
    const bytes = new TextEncoder().encode('café\n');
    expect(await lines([bytes.slice(0, 4), bytes.slice(4)])).toEqual([{ line: 1, text: 'café' }]);
  });

  it('drops a line longer than the limit, keeping the next ones', async () => {
    expect(await lines(['short\n', 'x'.repeat(6), 'y'.repeat(6), '\nok\n'], 10)).toEqual([
      { line: 1, text: 'short' },
      { line: 2, text: null },
      { line: 3, text: 'ok' },
    ]);
    expect(await lines(['0123456789ab\nok'], 10)).toEqual([
      { line: 1, text: null },
      { line: 2, text: 'ok' },
    ]);
  });
});
