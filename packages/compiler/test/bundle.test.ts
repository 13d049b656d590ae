/**
 * The bundle: valid against `schemas/bundle.schema.json`, curriculum facts
 * from curriculum.yaml and package.json, sorted lessons and instruments,
 * content hashes, and its file format.
 */

import { schemaErrors, validateBundle } from '@copekit/schema';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from '../src/hash/index.js';
import { compile, serializeBundle } from '../src/index.js';
import { compileWith, fixture, fixtureFiles } from './fixture.js';

const { bundle, messages } = compile(fixtureFiles);
if (bundle === undefined) throw new Error(`The fixture does not compile: ${messages.map(String).join('\n')}`);

describe('bundle', () => {
  it('validates against the bundle schema', () => {
    expect(schemaErrors(validateBundle, bundle)).toEqual([]);
    expect(schemaErrors(validateBundle, JSON.parse(serializeBundle(bundle)))).toEqual([]);
  });

  it('carries the curriculum facts and the version of package.json', () => {
    const { modules, program, safety, crisis, ...facts } = bundle.curriculum;
    expect({ schemaVersion: bundle.schemaVersion, ...facts }).toMatchInlineSnapshot(`
      {
        "id": "fixture-curriculum",
        "locale": "en-US",
        "schemaVersion": 1,
        "title": "Fixture curriculum",
        "version": "1.2.3",
      }
    `);
    expect([modules.map((module) => module.id), program.sessions, program.checkIn, safety.lesson, crisis.defaultRegion]).toMatchInlineSnapshot(`
      [
        [
          "relaxation",
          "pacing",
          "reframing",
          "sleep",
          "check-in",
          "safety",
        ],
        [
          "calm-breathing",
          "pacing-plan",
          "balanced-thoughts",
        ],
        "daily-check-in",
        "crisis-support",
        "us",
      ]
    `);
  });

  it('sorts lessons and listed instruments by id, with their source paths', () => {
    expect(bundle.lessons.map((lesson) => `${lesson.id} ${lesson.kind} ${lesson.source}`)).toMatchInlineSnapshot(`
      [
        "balanced-thoughts session reframing/balanced-thoughts.mdx",
        "calm-breathing session relaxation/calm-breathing.mdx",
        "crisis-support safety safety/crisis-support.mdx",
        "daily-check-in check-in check-in/daily-check-in.mdx",
        "pacing-plan session pacing/pacing-plan.mdx",
        "sleep-check measure sleep/sleep-check.mdx",
      ]
    `);
    expect(bundle.instruments.map((instrument) => instrument.id)).toEqual(['mood-check', 'pain-impact']);
  });

  it('fills lesson defaults: kind from `session`, empty objectives', () => {
    const pacing = bundle.lessons.find((lesson) => lesson.id === 'pacing-plan');
    expect([pacing?.kind, pacing?.session, pacing?.objectives, pacing?.summary]).toEqual(['session', 2, [], undefined]);
  });

  it('hashes each lesson over the lesson without its hash, and the bundle over the bundle without its hash', () => {
    for (const lesson of bundle.lessons) {
      const { hash, ...rest } = lesson;
      expect(hash).toBe(contentHash(rest));
    }
    const { hash, ...rest } = bundle;
    expect(hash).toBe(contentHash(rest));
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('changes the hash of exactly the lesson that changed, and of the bundle', () => {
    const edited = compileWith({ 'check-in/daily-check-in.mdx': fixture('check-in/daily-check-in.mdx').replace('right now', 'today') }).bundle;
    const changed = bundle.lessons.filter((lesson, index) => lesson.hash !== edited?.lessons[index]?.hash).map((lesson) => lesson.id);
    expect(changed).toEqual(['daily-check-in']);
    expect(edited?.hash).not.toBe(bundle.hash);
  });

  it('holds no timestamps and no absolute paths', () => {
    const text = serializeBundle(bundle);
    expect(text).not.toContain(process.cwd());
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    expect(bundle.lessons.every((lesson) => !lesson.source.startsWith('/'))).toBe(true);
  });

  it('is not produced when there is an error, but is with warnings only', () => {
    expect(compileWith({ 'package.json': '{}' }).bundle).toBeUndefined();
    const warned = compileWith({ 'pacing/pacing-plan.mdx': fixture('pacing/pacing-plan.mdx').replace('references:\n  - Fixture reference, 2024.\n', '') });
    expect(warned.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['missing-references', false]]);
    expect(warned.bundle).toBeDefined();
  });
});

describe('serializeBundle', () => {
  it('writes JSON indented by two spaces, keys in the order produced, with a final newline', () => {
    const text = serializeBundle(bundle);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.slice(0, 80)).toMatchInlineSnapshot(`
      "{
        "schemaVersion": 1,
        "curriculum": {
          "id": "fixture-curriculum",
          "t"
    `);
    expect(JSON.parse(text)).toEqual(bundle);
  });

  it('is not the canonical JSON that is hashed, which sorts keys and has no white space', () => {
    const { hash: _hash, ...rest } = bundle;
    expect(canonicalJson(rest).startsWith('{"curriculum":{"crisis":')).toBe(true);
    expect(serializeBundle(bundle).startsWith('{\n  "schemaVersion": 1,')).toBe(true);
  });
});
