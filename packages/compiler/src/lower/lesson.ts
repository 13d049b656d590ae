/**
 * Lowers one parsed lesson to a `Lesson` of the bundle, reporting every
 * problem found on the way. One pass over the tree in document order; the
 * queued conditions are checked at the end, then the lesson is hashed once.
 *
 * @module
 */

import type { Lesson, Step } from '@copekit/schema';
import type { RootContent } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { ParsedLesson } from '../parse/index.js';
import { componentNames } from './component-specs.js';
import { checkQueuedConditions } from './conditions.js';
import type { LessonContext } from './context.js';
import { lowerFrontMatter } from './front-matter.js';
import { hashLesson } from './lesson-hash.js';
import type { LoweredLesson } from './lowered-lesson.js';
import { reportUnknown } from './placement.js';
import { isReportedByParser } from './prose.js';
import { createLessonState, type LessonState } from './state.js';
import { lowerStep } from './step.js';

/**
 * Lowers the lesson in `file` (already parsed into `parsed`).
 *
 * @example
 * const file = new VFile({ path: 'pacing/pacing-basics.mdx', value: text });
 * const lowered = lowerLesson(file, parseLesson(file), context);
 * lowered.lesson?.steps[0]?.id; // => 'why-pacing'
 */
export function lowerLesson(file: VFile, parsed: ParsedLesson, context: LessonContext): LoweredLesson {
  const text = String(file);
  const state = createLessonState(file, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, context);
  const frontMatter = lowerFrontMatter(file, parsed, context);
  const steps = parsed.tree === undefined ? [] : lowerSteps(parsed.tree.children, state, parsed.frontMatterPosition);
  const external = checkQueuedConditions(state, frontMatter.id);
  let lesson: Lesson | undefined;
  if (frontMatter.fields !== undefined) {
    lesson = hashLesson({ ...frontMatter.fields, source: file.path }, steps);
  }
  return { id: frontMatter.id, idPlace: frontMatter.idPlace, lesson, hasCrisis: state.hasCrisis, external };
}

/** Lowers the top level: steps only; anything else is reported once per run. */
function lowerSteps(nodes: readonly RootContent[], state: LessonState, frontMatter: Position | undefined): Step[] {
  const steps: Step[] = [];
  let stray: RootContent[] = [];
  const flush = (): void => {
    if (stray.length > 0) reportOutside(state, stray);
    stray = [];
  };
  let seenStep = false;
  for (const node of nodes) {
    if (isReportedByParser(node)) continue;
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Step') {
      flush();
      seenStep = true;
      const step = lowerStep(node, state);
      if (step !== undefined) steps.push(step);
    } else if (node.type === 'mdxJsxFlowElement' && !componentNames.includes(node.name ?? '')) {
      flush();
      reportUnknown(state.file, node);
    } else {
      stray.push(node);
    }
  }
  flush();
  if (!seenStep) {
    report(state.file, {
      ruleId: 'empty-step',
      reason: 'The lesson has no `<Step>`.',
      place: frontMatter?.end,
      fix: 'Write the lesson as one or more `<Step id="…">…</Step>` blocks.',
    });
  }
  return steps;
}

function reportOutside(state: LessonState, nodes: readonly RootContent[]): void {
  const first = nodes[0]?.position;
  const last = nodes.at(-1)?.position;
  report(state.file, {
    ruleId: 'content-outside-step',
    reason: 'This content is outside any `<Step>`; every part of a lesson sits in a step.',
    place: first === undefined || last === undefined ? undefined : { start: first.start, end: last.end },
    fix: 'Move it into a step: wrap it in `<Step id="…">` and `</Step>`, or into the step before or after it.',
  });
}
