import { describe, expectTypeOf, it } from 'vitest';
import type * as Generated from './generated/schema-types.js';
import type * as Hand from './index.js';
import {
  validateBundle,
  validateComponents,
  validateCurriculum,
  validateInstrument,
  validateLessonFrontMatter,
  validateLockfile,
  validateProgramRecord,
  validateProgramSnapshot,
  validateRecord,
  validateSnapshot,
} from './index.js';

// Each hand-written type and the type json-schema-to-typescript generates from
// its schema must be assignable to each other: the schema accepts exactly what
// the TypeScript type allows.

describe('the hand-written types agree with the schemas', () => {
  it('Bundle', () => {
    expectTypeOf<Hand.Bundle>().toExtend<Generated.CopekitBundle>();
    expectTypeOf<Generated.CopekitBundle>().toExtend<Hand.Bundle>();
  });

  it('the parts of a bundle', () => {
    expectTypeOf<Hand.CurriculumInfo>().toExtend<Generated.CurriculumInfo>();
    expectTypeOf<Generated.CurriculumInfo>().toExtend<Hand.CurriculumInfo>();
    expectTypeOf<Hand.Lesson>().toExtend<Generated.Lesson>();
    expectTypeOf<Generated.Lesson>().toExtend<Hand.Lesson>();
    expectTypeOf<Hand.Step>().toExtend<Generated.Step>();
    expectTypeOf<Generated.Step>().toExtend<Hand.Step>();
    expectTypeOf<Hand.Block>().toExtend<Generated.Block>();
    expectTypeOf<Generated.Block>().toExtend<Hand.Block>();
    expectTypeOf<Hand.ItemBlock>().toExtend<Generated.ItemBlock>();
    expectTypeOf<Generated.ItemBlock>().toExtend<Hand.ItemBlock>();
    expectTypeOf<Hand.Item>().toExtend<Generated.Item>();
    expectTypeOf<Generated.Item>().toExtend<Hand.Item>();
    expectTypeOf<Hand.InstrumentBlock>().toExtend<Generated.InstrumentBlock>();
    expectTypeOf<Generated.InstrumentBlock>().toExtend<Hand.InstrumentBlock>();
    expectTypeOf<Hand.HomeworkBlock>().toExtend<Generated.HomeworkBlock>();
    expectTypeOf<Generated.HomeworkBlock>().toExtend<Hand.HomeworkBlock>();
    expectTypeOf<Hand.PracticeBlock>().toExtend<Generated.PracticeBlock>();
    expectTypeOf<Generated.PracticeBlock>().toExtend<Hand.PracticeBlock>();
  });

  it('Item kinds are told apart by kind', () => {
    expectTypeOf<Hand.ItemKind>().toEqualTypeOf<Generated.Item['kind']>();
    expectTypeOf<Extract<Generated.Item, { kind: 'rating' }>>().toExtend<Hand.RatingItem>();
    expectTypeOf<Hand.RatingItem>().toExtend<Extract<Generated.Item, { kind: 'rating' }>>();
    expectTypeOf<Hand.Block['type']>().toEqualTypeOf<Generated.Block['type']>();
  });

  it('Condition', () => {
    expectTypeOf<Hand.Condition>().toExtend<Generated.Condition>();
    expectTypeOf<Generated.Condition>().toExtend<Hand.Condition>();
    expectTypeOf<Hand.Operand>().toExtend<Generated.Operand>();
    expectTypeOf<Generated.Operand>().toExtend<Hand.Operand>();
    expectTypeOf<Hand.Condition['type']>().toEqualTypeOf<Generated.Condition['type']>();
  });

  it('FlowContent and PhrasingContent', () => {
    expectTypeOf<Hand.FlowContent>().toExtend<Generated.FlowContent>();
    expectTypeOf<Generated.FlowContent>().toExtend<Hand.FlowContent>();
    expectTypeOf<Hand.PhrasingContent>().toExtend<Generated.PhrasingContent>();
    expectTypeOf<Generated.PhrasingContent>().toExtend<Hand.PhrasingContent>();
  });

  it('CurriculumManifest', () => {
    expectTypeOf<Hand.CurriculumManifest>().toExtend<Generated.CopekitCurriculumManifest>();
    expectTypeOf<Generated.CopekitCurriculumManifest>().toExtend<Hand.CurriculumManifest>();
  });

  it('InstrumentDefinition', () => {
    expectTypeOf<Hand.InstrumentDefinition>().toExtend<Generated.CopekitInstrumentDefinition>();
    expectTypeOf<Generated.CopekitInstrumentDefinition>().toExtend<Hand.InstrumentDefinition>();
  });

  it('LessonFrontMatter', () => {
    expectTypeOf<Hand.LessonFrontMatter>().toExtend<Generated.CopekitLessonFrontMatter>();
    expectTypeOf<Generated.CopekitLessonFrontMatter>().toExtend<Hand.LessonFrontMatter>();
  });

  it('component attributes', () => {
    expectTypeOf<Hand.ComponentAttributes>().toExtend<Generated.CopekitLessonComponents>();
    expectTypeOf<Generated.CopekitLessonComponents>().toExtend<Hand.ComponentAttributes>();
    expectTypeOf<Hand.ComponentName>().toEqualTypeOf<keyof Generated.CopekitLessonComponents>();
    expectTypeOf<Hand.RatingAttributes>().toExtend<Generated.RatingAttributes>();
    expectTypeOf<Generated.RatingAttributes>().toExtend<Hand.RatingAttributes>();
    expectTypeOf<Hand.HomeworkAttributes>().toExtend<Generated.HomeworkAttributes>();
    expectTypeOf<Generated.HomeworkAttributes>().toExtend<Hand.HomeworkAttributes>();
  });

  it('SessionRecord and SessionSnapshot', () => {
    expectTypeOf<Hand.SessionRecord>().toExtend<Generated.CopekitSessionRecord>();
    expectTypeOf<Generated.CopekitSessionRecord>().toExtend<Hand.SessionRecord>();
    expectTypeOf<Hand.SessionSnapshot>().toExtend<Generated.CopekitSessionSnapshot>();
    expectTypeOf<Generated.CopekitSessionSnapshot>().toExtend<Hand.SessionSnapshot>();
  });

  it('ProgramRecord and ProgramSnapshot', () => {
    expectTypeOf<Hand.ProgramRecord>().toExtend<Generated.CopekitProgramRecord>();
    expectTypeOf<Generated.CopekitProgramRecord>().toExtend<Hand.ProgramRecord>();
    expectTypeOf<Hand.ProgramSnapshot>().toExtend<Generated.CopekitProgramSnapshot>();
    expectTypeOf<Generated.CopekitProgramSnapshot>().toExtend<Hand.ProgramSnapshot>();
    expectTypeOf<Hand.ProgramRecordType>().toEqualTypeOf<Generated.CopekitProgramRecord['type']>();
  });

  it('the program parts of the manifest', () => {
    expectTypeOf<Hand.FeedbackRule>().toExtend<Generated.FeedbackRule>();
    expectTypeOf<Generated.FeedbackRule>().toExtend<Hand.FeedbackRule>();
    expectTypeOf<Hand.ProgramMeasures>().toExtend<Generated.ProgramMeasures>();
    expectTypeOf<Generated.ProgramMeasures>().toExtend<Hand.ProgramMeasures>();
  });

  it('not with a type the schema rejects', () => {
    expectTypeOf<Omit<Hand.Bundle, 'hash'>>().not.toExtend<Generated.CopekitBundle>();
    expectTypeOf<Hand.Lesson & { kind: 'lecture' }>().not.toExtend<Generated.Lesson>();
    expectTypeOf<{ type: 'video' }>().not.toExtend<Generated.Block>();
  });
});

describe('validators', () => {
  it('narrow to the hand-written types', () => {
    expectTypeOf(validateBundle).guards.toEqualTypeOf<Hand.Bundle>();
    expectTypeOf(validateCurriculum).guards.toEqualTypeOf<Hand.CurriculumManifest>();
    expectTypeOf(validateInstrument).guards.toEqualTypeOf<Hand.InstrumentDefinition>();
    expectTypeOf(validateLessonFrontMatter).guards.toEqualTypeOf<Hand.LessonFrontMatter>();
    expectTypeOf(validateComponents).guards.toEqualTypeOf<Hand.ComponentAttributes>();
    expectTypeOf(validateRecord).guards.toEqualTypeOf<Hand.SessionRecord>();
    expectTypeOf(validateSnapshot).guards.toEqualTypeOf<Hand.SessionSnapshot>();
    expectTypeOf(validateProgramRecord).guards.toEqualTypeOf<Hand.ProgramRecord>();
    expectTypeOf(validateProgramSnapshot).guards.toEqualTypeOf<Hand.ProgramSnapshot>();
  });

  it('do not narrow for a schema without a hand-written type', () => {
    expectTypeOf(validateLockfile).guards.toBeUnknown();
    expectTypeOf<Hand.SchemaType<'lockfile'>>().toBeUnknown();
  });

  it('take any value and keep their last errors', () => {
    expectTypeOf(validateBundle).parameter(0).toBeUnknown();
    expectTypeOf(validateBundle.errors).toEqualTypeOf<readonly Hand.RawSchemaError[] | null | undefined>();
  });

  it('cover every schema key', () => {
    expectTypeOf<Hand.SchemaKey>().toEqualTypeOf<keyof Generated.GeneratedSchemaTypes>();
    expectTypeOf<'bundle' | 'lessonFrontMatter'>().toExtend<Hand.SchemaKey>();
  });
});
