import { describe, expect, it } from 'vitest';
import { lockfileSchema, schemaErrors, validateLockfile, type JsonSchema } from '@copekit/schema';
import { baseBundle } from '../../test/fixtures/base-bundle.js';
import { createLock } from './create-lock.js';
import { parseLock } from './parse-lock.js';
import { serializeLock } from './serialize-lock.js';

type Node = JsonSchema & { properties?: Record<string, Node>; propertyNames?: Node; additionalProperties?: boolean | Node; description?: string };

/** Every subschema reached through properties, propertyNames and additionalProperties. */
function subschemas(node: Node, at = '(root)'): [string, Node][] {
  const children: [string, Node][] = [
    ...Object.entries(node.properties ?? {}).map(([key, child]): [string, Node] => [`${at}.${key}`, child]),
    ...(node.propertyNames === undefined ? [] : [[`${at} propertyNames`, node.propertyNames] as [string, Node]]),
    ...(typeof node.additionalProperties === 'object' ? [[`${at} additionalProperties`, node.additionalProperties] as [string, Node]] : []),
  ];
  return children.flatMap(([path, child]) => [[path, child] as [string, Node], ...subschemas(child, path)]);
}

const lock = createLock(baseBundle, { engineVersion: '0.1.0' });

describe('schemas/lockfile.schema.json', () => {
  it('is a 2020-12 schema with the published id', () => {
    expect(lockfileSchema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(lockfileSchema['$id']).toBe('https://copekit.org/schemas/v1/lockfile.schema.json');
  });

  it('describes every property', () => {
    const nodes = subschemas(lockfileSchema as Node);
    expect(nodes.length).toBeGreaterThan(7);
    for (const [path, node] of nodes) expect(node.description, path).toMatch(/\S{3,}/);
  });

  it('accepts what serializeLock writes', () => {
    const written = JSON.parse(serializeLock(lock)) as unknown;
    expect(schemaErrors(validateLockfile, written)).toEqual([]);
    expect(validateLockfile(written)).toBe(true);
  });

  it.each([
    { lockfileVersion: 2 },
    { curriculum: { id: 'Demo', version: '1.0.0' } },
    { curriculum: { id: 'demo', version: 'one' } },
    { bundleHash: 'md5:abc' },
    { lessons: { 'Bad Id': lock.bundleHash } },
    { lessons: { intro: 'sha256:00' } },
    { engineVersion: 'latest' },
    { extra: true },
  ])('rejects %j, as parseLock does', (patch) => {
    const value = { ...lock, ...patch };
    expect(validateLockfile(value)).toBe(false);
    expect(() => parseLock(JSON.stringify(value))).toThrow();
  });

  it('rejects a lock without a required field, as parseLock does', () => {
    for (const key of Object.keys(lock)) {
      const value: Record<string, unknown> = { ...lock };
      delete value[key];
      expect(validateLockfile(value), key).toBe(false);
      expect(() => parseLock(JSON.stringify(value)), key).toThrow();
    }
  });
});
