import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSnapshot } from '../generated/validators.js';
import { validateSnapshotCompact } from '../generated/compact-validators.js';
import type { RawSchemaError, SchemaValidator } from '../schema-validator.js';
import type { CompactSchema } from './compact-schema.js';
import { compactValidator } from './compact-validator.js';

/** Every supported keyword, a `$ref`, and property names that need JSON Pointer escaping. */
const everyKeyword: CompactSchema = {
  type: 'object',
  properties: {
    kind: { const: 'demo' },
    level: { enum: ['low', 'high', null, 3] },
    name: { type: 'string', minLength: 2, pattern: '^[a-z]+$' },
    count: { type: 'integer', minimum: 1 },
    ratio: { type: 'number', minimum: 0.5 },
    flag: { type: 'boolean' },
    tags: { type: 'array', items: { $ref: '#/$defs/Tag' } },
    either: { anyOf: [{ type: 'null' }, { $ref: '#/$defs/Tag' }] },
    'a/b~c': { type: 'object', additionalProperties: { type: 'number' } },
  },
  required: ['kind', 'name'],
  additionalProperties: false,
  $defs: { Tag: { type: 'string', pattern: '^#\\p{L}+$' } },
};

const ajv = new Ajv2020({ allErrors: true, strict: true });
const ajvEveryKeyword = ajv.compile(everyKeyword);
const compactEveryKeyword = compactValidator(everyKeyword);

/** The saved session of a lesson, valid against the snapshot schema. */
const snapshot = {
  schemaVersion: 1,
  engineVersion: '0.1.0',
  curriculum: 'copekit-core',
  curriculumVersion: '1.2.0-rc.1',
  bundleHash: `sha256:${'a'.repeat(64)}`,
  lesson: 'pacing-basics',
  lessonHash: `sha256:${'b'.repeat(64)}`,
  safetyLesson: 'safety',
  safetyLessonHash: `sha256:${'c'.repeat(64)}`,
  session: 'p-1/pacing-basics/0',
  participant: 'p-1',
  mode: 'guided',
  region: 'us',
  startedAt: 1_700_000_000_000,
  seq: 4,
  state: {
    status: 'active',
    step: 'plan',
    safetyStep: null,
    answers: { 'pacing-basics': { 'pain-now': 6, mood: 'ok', days: ['mon'], record: { situation: 'x', intensity: 40 } } },
    skipped: { 'pacing-basics': ['notes'] },
    practices: { 'pacing-basics': { breathing: { status: 'paused', elapsed: 1200, since: null } } },
    prior: {},
  },
  checksum: 'fnv1a32:0123abcd',
};

/** Whether the compact validator agrees with ajv on `value`: same verdict, and its one error is one of ajv's. */
function expectAgreement(compact: SchemaValidator<unknown>, full: { (value: unknown): boolean; errors?: readonly RawSchemaError[] | null }, value: unknown) {
  const valid = full(value);
  expect(compact(value), JSON.stringify(value)).toBe(valid);
  if (valid) {
    expect(compact.errors).toBeNull();
    return;
  }
  expect(compact.errors).toHaveLength(1);
  const { instancePath, keyword, message } = compact.errors![0]!;
  const reported = (full.errors ?? []).map((error) => ({ instancePath: error.instancePath, keyword: error.keyword, message: error.message }));
  expect(reported, JSON.stringify(value)).toContainEqual({ instancePath, keyword, message });
}

/** Paths to every value inside `value`, the root included. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [at, ...keys.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], [...at, key]))];
}

/** A deep copy of `value` with the value at `path` replaced (or deleted when `replacement` is `undefined`). */
function edited(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

const snapshotPaths = pathsOf(snapshot);
const replacements = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(undefined, '', 'x', 'p-1', 'guided', 'running', -1, 0, 1.5, 2, null, [], {}, ['a'], [1], { a: 'b' }, { a: [] }),
  fc.constantFrom(`sha256:${'0'.repeat(63)}`, 'fnv1a32:0123ABCD', '1.2', '01.2.3', 'Pacing', 'a--b', '\u{1F600}'),
);

describe('validateSnapshotCompact', () => {
  it('accepts a valid snapshot, like validateSnapshot', () => {
    expect(validateSnapshot(snapshot)).toBe(true);
    expectAgreement(validateSnapshotCompact, validateSnapshot, snapshot);
  });

  it('agrees with the ajv validator on every value at every path of a snapshot, replaced or deleted', () => {
    for (const path of snapshotPaths) {
      for (const replacement of [undefined, null, 'x', -1, 1.5, [], {}, ['x'], { x: 1 }]) {
        expectAgreement(validateSnapshotCompact, validateSnapshot, edited(snapshot, path, replacement));
      }
    }
  });

  it('agrees with the ajv validator on random edits of a snapshot', () => {
    fc.assert(
      fc.property(fc.constantFrom(...snapshotPaths), replacements, fc.option(fc.string({ maxLength: 8 })), (path, replacement, extraKey) => {
        let value = edited(snapshot, path, replacement);
        if (extraKey !== null && value !== null && typeof value === 'object') value = { ...value, [extraKey]: 1 };
        expectAgreement(validateSnapshotCompact, validateSnapshot, value);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the ajv validator on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectAgreement(validateSnapshotCompact, validateSnapshot, value)), { numRuns: 500 });
  });

  it("reports ajv's message and the offending path", () => {
    expect(validateSnapshotCompact({ ...snapshot, seq: -1 })).toBe(false);
    expect(validateSnapshotCompact.errors).toEqual([
      { instancePath: '/seq', schemaPath: '#/properties/seq/minimum', keyword: 'minimum', params: { comparison: '>=', limit: 0 }, message: 'must be >= 0' },
    ]);
    expect(validateSnapshotCompact({ ...snapshot, lesson: 'Pacing' })).toBe(false);
    expect(validateSnapshotCompact.errors?.[0]).toMatchObject({ instancePath: '/lesson', schemaPath: '#/$defs/Id/pattern', keyword: 'pattern' });
  });
});

describe('compactValidator', () => {
  it('checks every supported keyword like ajv', () => {
    const values = [
      { kind: 'demo', name: 'ab' },
      { kind: 'demo', name: 'ab', level: null, count: 3, ratio: 0.5, flag: false, tags: ['#été'], either: null, 'a/b~c': { x: 1 } },
      { kind: 'other', name: 'ab' },
      { kind: 'demo', name: 'a' },
      { kind: 'demo', name: 'A1' },
      { kind: 'demo', name: '\u{1F600}\u{1F600}' },
      { kind: 'demo', name: 'ab', level: 'mid' },
      { kind: 'demo', name: 'ab', count: 1.5 },
      { kind: 'demo', name: 'ab', count: 0 },
      { kind: 'demo', name: 'ab', ratio: 0.25 },
      { kind: 'demo', name: 'ab', flag: 'yes' },
      { kind: 'demo', name: 'ab', tags: ['#ok', 'no'] },
      { kind: 'demo', name: 'ab', either: 3 },
      { kind: 'demo', name: 'ab', 'a/b~c': { 'x/y~z': 'one' } },
      { kind: 'demo', name: 'ab', extra: true },
      { name: 'ab' },
      [],
      'demo',
    ];
    for (const value of values) expectAgreement(compactEveryKeyword, ajvEveryKeyword, value);
    expect(compactEveryKeyword({ kind: 'demo', name: 'ab', 'a/b~c': { 'x/y~z': 'one' } })).toBe(false);
    expect(compactEveryKeyword.errors?.[0]?.instancePath).toBe('/a~1b~0c/x~1y~0z');
  });

  it('agrees with ajv on random values', () => {
    const field = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('demo', 'ab', '#tag', 'low', 3, 0.5, ['#a'], { x: 2 }));
    const value = fc.dictionary(
      fc.constantFrom('kind', 'level', 'name', 'count', 'ratio', 'flag', 'tags', 'either', 'a/b~c', 'other'),
      field,
    );
    fc.assert(fc.property(value, (object) => expectAgreement(compactEveryKeyword, ajvEveryKeyword, object)), { numRuns: 2000 });
  });

  it('clears the errors of an earlier call once a value passes', () => {
    expect(compactEveryKeyword({})).toBe(false);
    expect(compactEveryKeyword({ kind: 'demo', name: 'ab', either: '#x' })).toBe(true);
    expect(compactEveryKeyword.errors).toBeNull();
  });
});
