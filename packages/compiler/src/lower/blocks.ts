/**
 * Lowers the content of a `<Step>` or `<Show>` to blocks, in one pass in
 * document order: runs of Markdown become prose blocks, components their own
 * blocks. `<Show>`, `<CoachNote>` and `<Crisis />` are lowered here; the
 * other components in their own modules.
 *
 * @module
 */

import type { Block, FlowContent } from '@copekit/schema';
import type { RootContent } from 'mdast';
import { report } from '../diagnostics.js';
import { readAttributes, type Attributes } from './attributes.js';
import { lowerChoice } from './choice.js';
import { specOf } from './component-specs.js';
import { queueCondition } from './conditions.js';
import { lowerHomework } from './homework.js';
import { lowerInstrument } from './instrument.js';
import { lowerNumberEntry, lowerRating, lowerTextEntry, lowerThoughtRecord } from './items.js';
import { flowChildren, paragraphComponents, type JsxElement } from './jsx.js';
import { toPlainText } from './plain-text.js';
import { reportMisplaced } from './placement.js';
import { lowerPractice } from './practice.js';
import { isReportedByParser, lowerFlow, lowerFlowList } from './prose.js';
import type { LessonState } from './state.js';

/** Where blocks are lowered: directly in a step, or inside a `<Show>`. */
export type BlockContainer = 'Step' | 'Show';

type Lowerer = (node: JsxElement, attributes: Attributes, state: LessonState) => Block | undefined;

const lowerers: Record<string, Lowerer> = {
  Rating: lowerRating,
  Choice: lowerChoice,
  TextEntry: lowerTextEntry,
  NumberEntry: lowerNumberEntry,
  ThoughtRecord: lowerThoughtRecord,
  Practice: lowerPractice,
  Homework: lowerHomework,
  Instrument: lowerInstrument,
  Show: lowerShow,
  CoachNote: lowerCoachNote,
  Crisis: lowerCrisis,
};

/**
 * Lowers the children of a step or `<Show>`.
 *
 * @example
 * lowerBlocks(stepNode.children, state, 'Step'); // => [{ type: 'prose', … }, { type: 'item', … }]
 */
export function lowerBlocks(nodes: readonly RootContent[], state: LessonState, container: BlockContainer): Block[] {
  const blocks: Block[] = [];
  let prose: FlowContent[] = [];
  const flush = (): void => {
    if (prose.length === 0) return;
    const text = toPlainText(prose);
    state.patientText.push(text);
    blocks.push({ type: 'prose', content: prose, text });
    prose = [];
  };
  for (const node of nodes) {
    if (isReportedByParser(node)) continue;
    const components = node.type === 'mdxJsxFlowElement' ? [node] : paragraphComponents(node);
    if (components === undefined) {
      const lowered = lowerFlow(node, state.file, container);
      if (lowered !== undefined) prose.push(lowered);
      continue;
    }
    flush();
    for (const component of components) {
      const block = lowerComponent(component, state, container);
      if (block !== undefined) blocks.push(block);
    }
  }
  flush();
  return blocks;
}

function lowerComponent(node: JsxElement, state: LessonState, container: BlockContainer): Block | undefined {
  const lowerer = lowerers[node.name ?? ''];
  if (lowerer === undefined) {
    reportMisplaced(state.file, node, container);
    return undefined;
  }
  return lowerer(node, readAttributes(node, specOf(node.name ?? ''), state.file), state);
}

/** Lowers `<Show when>`: the condition is parsed now and checked at the end of the lesson. */
function lowerShow(node: JsxElement, attributes: Attributes, state: LessonState): Block | undefined {
  const attribute = attributes.node('when');
  const source = attributes.string('when');
  const when = attribute === undefined || source === undefined ? undefined : queueCondition(attribute, source, state);
  const blocks = lowerBlocks(flowChildren(node), state, 'Show');
  if (when === undefined || source === undefined) return undefined;
  return { type: 'show', when, source, blocks };
}

/** Lowers `<CoachNote>`: Markdown for the coach, never patient-facing. */
function lowerCoachNote(node: JsxElement, _attributes: Attributes, state: LessonState): Block {
  const content = lowerFlowList(flowChildren(node), state.file, 'CoachNote');
  return { type: 'coach-note', content, text: toPlainText(content) };
}

/** Lowers `<Crisis />`. */
function lowerCrisis(node: JsxElement, _attributes: Attributes, state: LessonState): Block {
  state.hasCrisis = true;
  if (node.children.length > 0) {
    report(state.file, {
      ruleId: 'component-placement',
      reason: '`<Crisis />` takes no content: it shows the crisis resources of curriculum.yaml.',
      place: node.position,
      fix: 'Write `<Crisis />` on its own, and put any text before or after it.',
    });
  }
  return { type: 'crisis' };
}
