/**
 * Lowers `<Homework id skill per times? days?>` with its Markdown description.
 * `times` defaults to 1 per period and `days` to 7.
 *
 * @module
 */

import type { HomeworkBlock } from '@copekit/schema';
import type { Attributes } from './attributes.js';
import { flowChildren, type JsxElement } from './jsx.js';
import { toPlainText } from './plain-text.js';
import { lowerFlowList } from './prose.js';
import type { LessonState } from './state.js';

/** Times per period when `times` is left out. */
const defaultTimes = 1;
/** Days the plan runs when `days` is left out. */
const defaultDays = 7;

/** Lowers a `<Homework>`. */
export function lowerHomework(node: JsxElement, attributes: Attributes, state: LessonState): HomeworkBlock | undefined {
  const id = attributes.string('id');
  const skill = attributes.string('skill');
  const per = attributes.string('per');
  if (id !== undefined) state.items.add(state.file, id, node.position);
  const content = lowerFlowList(flowChildren(node), state.file, 'Homework');
  const text = toPlainText(content);
  if (!attributes.valid || id === undefined || skill === undefined || (per !== 'day' && per !== 'week')) return undefined;
  state.patientText.push(text);
  return {
    type: 'homework',
    id,
    skill,
    per,
    times: attributes.number('times') ?? defaultTimes,
    days: attributes.number('days') ?? defaultDays,
    content,
    text,
  };
}
