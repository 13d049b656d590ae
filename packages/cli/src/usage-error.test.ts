import { describe, expect, it } from 'vitest';
import { UsageError } from './usage-error.js';

describe('UsageError', () => {
  it('is an Error with a stable code, a name and a hint', () => {
    const error = new UsageError('No folder `lessons`.', 'Pass the folder that holds curriculum.yaml.');

    expect(error).toBeInstanceOf(Error);
    expect({ name: error.name, code: error.code, message: error.message, hint: error.hint }).toEqual({
      name: 'UsageError',
      code: 'COPEKIT_USAGE',
      message: 'No folder `lessons`.',
      hint: 'Pass the folder that holds curriculum.yaml.',
    });
  });
});
