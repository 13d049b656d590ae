/**
 * What the checks of one condition share: the scope, the side table of
 * offsets, the list of problems, and reference resolution (which reports
 * unknown items, unknown lessons and items not asked yet).
 *
 * @module
 */

import type { ItemRef } from '@copekit/schema';
import { refText } from './describe.js';
import type { ConditionProblem, ConditionScope, ResolvedItem } from './scope.js';
import { type Span, spanOf } from './spans.js';
import { suggest } from '../suggest.js';

/** Shared state of one `checkCondition` call. */
export interface CheckContext {
  /** Where a node was written, or the whole condition for trees without offsets. */
  where(node: object): Span;
  /** Records a problem. */
  report(ruleId: ConditionProblem['ruleId'], span: Span, reason: string, fix: string): void;
  /** Resolves a reference written at `span`; reports and returns `undefined` when it names nothing. */
  resolve(ref: ItemRef, span: Span): ResolvedItem | undefined;
}

/** Creates the context of one check; problems are pushed onto `problems`. */
export function createCheckContext(source: string, scope: ConditionScope, problems: ConditionProblem[]): CheckContext {
  const whole: Span = { start: 0, end: source.length };
  const context: CheckContext = {
    where: (node) => spanOf(node) ?? whole,
    report(ruleId, span, reason, fix) {
      problems.push({ ruleId, reason, fix, start: span.start, end: span.end });
    },
    resolve(ref, span) {
      const found = scope.resolve(ref);
      if (found === undefined) return unknownItem(context, scope, ref, span);
      if ('unknownLesson' in found) return unknownLesson(context, scope, ref, span);
      if (!found.asked) {
        context.report(
          'condition-reference',
          span,
          `\`${refText(ref)}\` is asked later in this lesson, so it has no answer yet at this point.`,
          'Move this condition after the item, or refer to an item asked before it.',
        );
      }
      return found;
    },
  };
  return context;
}

function unknownItem(context: CheckContext, scope: ConditionScope, ref: ItemRef, span: Span): undefined {
  const guess = suggest(ref.item, scope.candidates(ref));
  const reason = ref.lesson === undefined ? `This lesson has no item \`${ref.item}\`.` : `Lesson \`${ref.lesson}\` has no item \`${ref.item}\`.`;
  let fix = `Check the item's id in lesson \`${ref.lesson}\`.`;
  if (guess !== undefined) fix = `Did you mean \`${refText({ ...ref, item: guess })}\`?`;
  else if (ref.lesson === undefined) fix = "Use the id of an item asked earlier in this lesson, or `lesson-id.item-id` for another lesson's item.";
  context.report('condition-reference', span, reason, fix);
  return undefined;
}

function unknownLesson(context: CheckContext, scope: ConditionScope, ref: ItemRef, span: Span): undefined {
  const lesson = ref.lesson ?? '';
  const guess = suggest(lesson, scope.candidates(ref));
  context.report(
    'unknown-lesson',
    span,
    `There is no lesson \`${lesson}\` (in \`${refText(ref)}\`).`,
    guess === undefined ? 'Use the id of a lesson of this curriculum, as in `lesson-id.item-id`.' : `Did you mean \`${guess}.${ref.item}\`?`,
  );
  return undefined;
}
