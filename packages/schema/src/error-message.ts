/**
 * Plain-English messages for single ajv errors.
 *
 * @module
 */

import type { RawSchemaError } from './schema-validator.js';

/** What each pattern of the Copekit schemas asks for, in words. */
export const patternPhrases: Readonly<Record<string, string>> = {
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': 'must be a kebab-case id: lowercase letters and digits joined by single hyphens, e.g. "pain-now"',
  '^sha256:[0-9a-f]{64}$': 'must be "sha256:" followed by 64 lowercase hex digits',
  '^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:-(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$':
    'must be a semantic version, e.g. "1.2.0" or "2.0.0-rc.1"',
  '^ *(?:>=|<=|==|!=|>|<) *-?[0-9]+(?:\\.[0-9]+)? *$':
    'must be a threshold: an operator (>, >=, <, <=, ==, !=) and a number, e.g. "> 0"',
  '^\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$': 'must be a semantic version, e.g. "1.2.0"',
  '^[0-9]+:[0-5][0-9]$': 'must be a time as minutes and two-digit seconds, e.g. "2:30"',
  '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$': 'must be a BCP 47 locale, e.g. "en-US"',
  '^(?:tel:|sms:|https://|mailto:)\\S+$': 'must be a tel:, sms:, https:// or mailto: link without spaces',
  '^(?:https://|mailto:|tel:)\\S+$': 'must be an https://, mailto: or tel: link without spaces',
  '^[^/\\\\][^\\\\]*$': 'must be a relative path with forward slashes, e.g. "pacing/pacing-basics.mdx"',
};

const typeNames: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

const quote = (value: unknown): string => JSON.stringify(value) ?? String(value);

/**
 * The message for one ajv error, without its location.
 *
 * @example
 * ```ts
 * errorMessage({ instancePath: '/id', schemaPath: '#/pattern', keyword: 'pattern',
 *   params: { pattern: '^sha256:[0-9a-f]{64}$' } });
 * // 'must be "sha256:" followed by 64 lowercase hex digits'
 * ```
 */
export function errorMessage(error: RawSchemaError): string {
  const params = error.params;
  const limit = params['limit'];
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'is not a known property: check its spelling, or remove it';
    case 'type':
      return `must be ${String(params['type'])
        .split(',')
        .map((type) => typeNames[type] ?? type)
        .join(' or ')}`;
    case 'enum':
      return `must be one of ${(params['allowedValues'] as unknown[]).map(quote).join(', ')}`;
    case 'const':
      return `must be ${quote(params['allowedValue'])}`;
    case 'pattern':
      return patternPhrases[String(params['pattern'])] ?? `must match the pattern ${String(params['pattern'])}`;
    case 'minLength':
      return limit === 1 ? 'must not be empty' : `must be at least ${String(limit)} characters long`;
    case 'maxLength':
      return `must be at most ${String(limit)} characters long`;
    case 'minItems':
      return `must have at least ${String(limit)} ${limit === 1 ? 'item' : 'items'}`;
    case 'maxItems':
      return `must have at most ${String(limit)} ${limit === 1 ? 'item' : 'items'}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(params['comparison'])} ${String(limit)}`;
    case 'multipleOf':
      return `must be a multiple of ${String(params['multipleOf'])}`;
    case 'uniqueItems':
      return `must not repeat a value (items ${String(params['j'])} and ${String(params['i'])} are the same)`;
    case 'discriminator':
      return discriminatorMessage(params);
    case 'false schema':
      return 'is not allowed';
    default:
      return error.message ?? `fails the "${error.keyword}" rule`;
  }
}

/** ajv's `discriminator` params name the tag `tag` and its value `tagValue`. */
function discriminatorMessage(params: Record<string, unknown>): string {
  const value = params['tagValue'];
  if (params['error'] === 'mapping') return `${quote(value)} is not a known ${String(params['tag'])}`;
  return value === undefined ? 'is required' : 'must be a string';
}
