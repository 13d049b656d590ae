/**
 * Lowers one `<Step id title?>`: its blocks, the `empty-step` check (a step
 * needs something a patient sees or answers; a coach note alone is not) and
 * the readability check of its patient-facing text.
 *
 * @module
 */

import type { Step } from '@copekit/schema';
import type { RootContent } from 'mdast';
import { report } from '../diagnostics.js';
import { readAttributes } from './attributes.js';
import { lowerBlocks } from './blocks.js';
import { specOf } from './component-specs.js';
import { flowChildren, paragraphComponents, type JsxElement } from './jsx.js';
import { isReportedByParser } from './prose.js';
import { checkStepReadability } from './readability.js';
import type { LessonState } from './state.js';

/** Lowers a step; `undefined` when its id is missing or invalid (reported). */
export function lowerStep(node: JsxElement, state: LessonState): Step | undefined {
  const attributes = readAttributes(node, specOf('Step'), state.file);
  const id = attributes.string('id');
  const title = attributes.string('title');
  if (id !== undefined) state.steps.add(state.file, id, attributes.place('id') ?? node.position);
  state.patientText = title === undefined ? [] : [title];
  const blocks = lowerBlocks(node.children as RootContent[], state, 'Step');
  const children = (node.children as RootContent[]).filter((child) => !isReportedByParser(child));
  if (!children.some(isForPatient)) {
    const name = id === undefined ? '' : ` \`${id}\``;
    report(state.file, {
      ruleId: 'empty-step',
      reason:
        children.length === 0
          ? `Step${name} is empty.`
          : `Step${name} has nothing to show or ask the patient (coach notes are not shown to them).`,
      place: node.position,
      fix: 'Add text, a question, a practice, homework, an instrument or `<Crisis />`, or remove the step.',
    });
  }
  checkStepReadability(node, id, state);
  if (id === undefined) return undefined;
  return title === undefined ? { id, blocks } : { id, title, blocks };
}

/**
 * Whether a node gives the patient something to read or answer. Read from
 * the source, so an invalid component still counts as content.
 */
function isForPatient(node: RootContent): boolean {
  if (isReportedByParser(node)) return false;
  const components = node.type === 'mdxJsxFlowElement' ? [node] : paragraphComponents(node);
  if (components === undefined) return true;
  return components.some((component) => component.name !== 'CoachNote' && (component.name !== 'Show' || flowChildren(component).some(isForPatient)));
}
