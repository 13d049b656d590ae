import { describe, expect, it } from 'vitest';
import { errorMessage, patternPhrases } from './error-message.js';
import type { RawSchemaError } from './schema-validator.js';

const error = (keyword: string, params: Record<string, unknown> = {}, message?: string): RawSchemaError => ({
  instancePath: '/x',
  schemaPath: `#/${keyword}`,
  keyword,
  params,
  ...(message === undefined ? {} : { message }),
});

describe('errorMessage', () => {
  it.each([
    [error('required', { missingProperty: 'id' }), 'is required'],
    [error('additionalProperties', { additionalProperty: 'colour' }), 'is not a known property: check its spelling, or remove it'],
    [error('unevaluatedProperties', { unevaluatedProperty: 'colour' }), 'is not a known property: check its spelling, or remove it'],
    [error('type', { type: 'integer' }), 'must be an integer'],
    [error('type', { type: 'boolean' }), 'must be true or false'],
    [error('type', { type: 'string,null' }), 'must be a string or null'],
    [error('enum', { allowedValues: ['day', 'week'] }), 'must be one of "day", "week"'],
    [error('const', { allowedValue: 1 }), 'must be 1'],
    [error('minLength', { limit: 1 }), 'must not be empty'],
    [error('minLength', { limit: 3 }), 'must be at least 3 characters long'],
    [error('maxLength', { limit: 280 }), 'must be at most 280 characters long'],
    [error('minItems', { limit: 1 }), 'must have at least 1 item'],
    [error('minItems', { limit: 2 }), 'must have at least 2 items'],
    [error('maxItems', { limit: 9 }), 'must have at most 9 items'],
    [error('minimum', { comparison: '>=', limit: 1 }), 'must be >= 1'],
    [error('exclusiveMinimum', { comparison: '>', limit: 0 }), 'must be > 0'],
    [error('maximum', { comparison: '<=', limit: 6 }), 'must be <= 6'],
    [error('multipleOf', { multipleOf: 5 }), 'must be a multiple of 5'],
    [error('uniqueItems', { i: 3, j: 1 }), 'must not repeat a value (items 1 and 3 are the same)'],
    [error('discriminator', { error: 'mapping', tag: 'type', tagValue: 'video' }), '"video" is not a known type'],
    [error('discriminator', { error: 'tag', tag: 'kind', tagValue: undefined }), 'is required'],
    [error('discriminator', { error: 'tag', tag: 'kind', tagValue: 3 }), 'must be a string'],
    [error('false schema'), 'is not allowed'],
    [error('pattern', { pattern: '^sha256:[0-9a-f]{64}$' }), 'must be "sha256:" followed by 64 lowercase hex digits'],
    [error('pattern', { pattern: '^[0-9]+:[0-5][0-9]$' }), 'must be a time as minutes and two-digit seconds, e.g. "2:30"'],
    [error('pattern', { pattern: '^x+$' }), 'must match the pattern ^x+$'],
    [error('oneOf', { passingSchemas: null }, 'must match exactly one schema in oneOf'), 'must match exactly one schema in oneOf'],
    [error('dependentRequired', {}), 'fails the "dependentRequired" rule'],
  ])('%# %j', (raw, expected) => {
    expect(errorMessage(raw)).toBe(expected);
  });
});

describe('patternPhrases', () => {
  it('phrase patterns that match what they describe', () => {
    const examples: Record<string, [string[], string[]]> = {
      'kebab-case id': [['pain-now', 'q9', '988-call'], ['Pain', 'pain--now', '-pain', 'pain_now', '']],
      'sha256:': [[`sha256:${'0a'.repeat(32)}`], [`sha256:${'A'.repeat(64)}`, 'sha256:00']],
      threshold: [['> 0', '>=10', '!= -1.5', ' == 3 '], ['0', '=> 1', '> x', '>> 0']],
      'two-digit seconds': [['0:00', '12:05', '2:30'], ['2:60', '2:5', '2:300', '1:00:00']],
      'BCP 47': [['en', 'en-US', 'es-419'], ['e', 'english language', 'en_US']],
      'tel:, sms:': [['tel:988', 'sms:838255', 'https://988lifeline.org', 'mailto:a@b.org'], ['http://x.org', 'javascript:x', 'tel: 988']],
      'https://, mailto: or tel:': [['https://x.org', 'tel:988'], ['sms:838255', 'http://x.org']],
      'relative path': [['pacing/pacing-basics.mdx'], ['/abs/path.mdx', 'pacing\\lesson.mdx']],
    };
    for (const [words, [valid, invalid]] of Object.entries(examples)) {
      const matching = Object.entries(patternPhrases).filter(([, phrase]) => phrase.includes(words));
      expect(matching, words).toHaveLength(1);
      const pattern = new RegExp(matching[0]![0], 'u');
      for (const value of valid) expect(pattern.test(value), `${words}: ${value}`).toBe(true);
      for (const value of invalid) expect(pattern.test(value), `${words}: ${value}`).toBe(false);
    }
  });

  it('accept semantic versions with both semver patterns in use', () => {
    const semver = Object.entries(patternPhrases).filter(([, phrase]) => phrase.startsWith('must be a semantic version'));
    expect(semver).toHaveLength(2);
    for (const [source] of semver) {
      const pattern = new RegExp(source, 'u');
      expect(['1.2.0', '0.1.0-rc.1', '2.0.0+build.5'].every((v) => pattern.test(v)), source).toBe(true);
      expect(['1.2', 'v1.2.0', '1.2.0.0'].some((v) => pattern.test(v)), source).toBe(false);
    }
  });
});
