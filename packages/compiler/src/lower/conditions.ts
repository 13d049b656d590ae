/**
 * `<Show when>` conditions in a lesson: parsed where they stand, checked once
 * the whole lesson is read (so that an item asked later is told apart from an
 * unknown one). Conditions that refer to another lesson's items are handed to
 * the linker, which knows every lesson.
 *
 * @module
 */

import type { Condition, ItemRef } from '@copekit/schema';
import type { MdxJsxAttribute } from 'mdast-util-mdx';
import type { VFile } from 'vfile';
import { checkCondition, parseCondition, type ConditionProblem, type ConditionScope, type ResolvedItem } from '../conditions/index.js';
import { report } from '../diagnostics.js';
import { placeInValue, valueSpan, type ValueSpan } from './attribute-place.js';
import type { ExternalCondition } from './lowered-lesson.js';
import type { LessonState, PendingCondition } from './state.js';

/**
 * Parses the condition `source` of `attribute`, reporting syntax errors at
 * their place in the file, and queues it for checking.
 */
export function queueCondition(attribute: MdxJsxAttribute, source: string, state: LessonState): Condition | undefined {
  const span = valueSpan(state.text, attribute);
  const parsed = parseCondition(source);
  if ('error' in parsed) {
    const { message, fix, start, end } = parsed.error;
    const place = span === undefined ? attribute.position : placeInValue(span, source, start, end);
    report(state.file, { ruleId: 'condition-syntax', reason: message, place, fix });
    return undefined;
  }
  state.conditions.push({ source, span, place: attribute.position, askedBefore: state.asked.size, condition: parsed.condition });
  return parsed.condition;
}

/**
 * Checks every queued condition of the lesson `lessonId` against its items.
 * Returns the conditions that refer to other lessons, for the linker.
 */
export function checkQueuedConditions(state: LessonState, lessonId: string | undefined): ExternalCondition[] {
  const external: ExternalCondition[] = [];
  const candidates = [...state.asked.keys()];
  for (const pending of state.conditions) {
    const local = (ref: ItemRef): ResolvedItem | undefined => {
      const entry = state.asked.get(ref.item);
      if (entry !== undefined) return { ...entry.shape, asked: entry.order < pending.askedBefore };
      // An item of an instrument that could not be expanded (reported there).
      if (state.unknownItemPrefixes.some((prefix) => ref.item.startsWith(prefix))) return { type: 'number', asked: true };
      return undefined;
    };
    const refs = collectRefs(pending.condition);
    if (refs.some((ref) => isExternal(ref, lessonId)) && pending.span !== undefined) {
      const locals: Record<string, ResolvedItem | null> = {};
      for (const ref of refs) if (!isExternal(ref, lessonId)) locals[ref.item] = local(ref) ?? null;
      external.push({ source: pending.source, start: pending.span.start, raw: pending.span.raw, locals, candidates });
      continue;
    }
    const scope: ConditionScope = { resolve: local, candidates: () => candidates };
    reportProblems(state.file, pending, checkCondition(pending.condition, pending.source, scope));
  }
  return external;
}

/** Reports the problems of condition `source` at their place in the file. */
export function reportConditionProblems(file: VFile, span: ValueSpan, source: string, problems: readonly ConditionProblem[]): void {
  for (const { ruleId, reason, fix, start, end } of problems) {
    report(file, { ruleId, reason, place: placeInValue(span, source, start, end), fix });
  }
}

function reportProblems(file: VFile, pending: PendingCondition, problems: readonly ConditionProblem[]): void {
  if (pending.span !== undefined) reportConditionProblems(file, pending.span, pending.source, problems);
  else for (const { ruleId, reason, fix } of problems) report(file, { ruleId, reason, place: pending.place, fix });
}

/** Whether `ref` points into another lesson than `lessonId`. */
export function isExternal(ref: ItemRef, lessonId: string | undefined): boolean {
  return ref.lesson !== undefined && ref.lesson !== lessonId;
}

/** Every item reference of a condition, in writing order. */
export function collectRefs(condition: Condition, refs: ItemRef[] = []): ItemRef[] {
  switch (condition.type) {
    case 'and':
    case 'or':
      for (const operand of condition.operands) collectRefs(operand, refs);
      break;
    case 'not':
      collectRefs(condition.operand, refs);
      break;
    case 'answered':
    case 'includes':
      refs.push(condition.ref);
      break;
    case 'compare':
      for (const operand of [condition.left, condition.right]) if (operand.type === 'ref') refs.push(operand.ref);
  }
  return refs;
}
