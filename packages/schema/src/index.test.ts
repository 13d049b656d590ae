import { expect, it } from 'vitest';
import * as schema from './index.js';

it('exports exactly this runtime API', () => {
  expect(Object.keys(schema).sort()).toMatchInlineSnapshot(`
    [
      "bundleSchema",
      "canonicalJson",
      "checkFeedbackCondition",
      "componentsSchema",
      "curriculumSchema",
      "feedbackCounters",
      "feedbackMeasures",
      "instrumentSchema",
      "lessonFrontMatterSchema",
      "lockfileSchema",
      "measureItemProblem",
      "parseFeedbackCondition",
      "printCondition",
      "printConditionNumber",
      "printConditionString",
      "programRecordSchema",
      "programSnapshotSchema",
      "recordSchema",
      "schemaErrors",
      "schemaIds",
      "snapshotSchema",
      "validateBundle",
      "validateComponents",
      "validateCurriculum",
      "validateInstrument",
      "validateLessonFrontMatter",
      "validateLockfile",
      "validateProgramRecord",
      "validateProgramSnapshot",
      "validateRecord",
      "validateSnapshot",
      "validateSnapshotCompact",
    ]
  `);
});

it('exports schema objects whose ids match schemaIds', () => {
  expect(schema.bundleSchema.$id).toBe(schema.schemaIds.bundle);
  expect(schema.componentsSchema.$id).toBe(schema.schemaIds.components);
  expect(schema.curriculumSchema.$id).toBe(schema.schemaIds.curriculum);
  expect(schema.instrumentSchema.$id).toBe(schema.schemaIds.instrument);
  expect(schema.lessonFrontMatterSchema.$id).toBe(schema.schemaIds.lessonFrontMatter);
});

it('has one schema object and one validator per schema id', () => {
  const exports = schema as unknown as Record<string, unknown>;
  for (const [key, id] of Object.entries(schema.schemaIds)) {
    const pascal = key[0]!.toUpperCase() + key.slice(1);
    expect(exports[`${key}Schema`], `${key}Schema`).toMatchObject({ $id: id });
    expect(exports[`validate${pascal}`], `validate${pascal}`).toBeTypeOf('function');
  }
});
