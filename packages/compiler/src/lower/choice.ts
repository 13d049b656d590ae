/**
 * Lowers `<Choice id label multiple? optional?>` and its `<Option value label
 * risk?>` children. Options marked `risk` make the item's risk rule: choosing
 * any of them triggers the safety flow.
 *
 * @module
 */

import type { ChoiceItem, ChoiceOption, Condition, ItemBlock } from '@copekit/schema';
import { report } from '../diagnostics.js';
import { readAttributes, type Attributes } from './attributes.js';
import { specOf } from './component-specs.js';
import { componentChildren, type JsxElement } from './jsx.js';
import { reportStrayChild } from './placement.js';
import { addAnswerable, type AnswerShape, type LessonState } from './state.js';

/** Lowers a `<Choice>`. */
export function lowerChoice(node: JsxElement, attributes: Attributes, state: LessonState): ItemBlock | undefined {
  const id = attributes.string('id');
  const label = attributes.string('label');
  const multiple = attributes.flag('multiple');
  const options = readOptions(node, state);
  if (id !== undefined) {
    const type: AnswerShape['type'] = multiple ? 'string[]' : 'string';
    // Without valid options, values are not checked against them.
    const shape = options === undefined ? { type } : { type, options: options.map((option) => option.value) };
    addAnswerable(state, id, shape, node.position);
  }
  if (!attributes.valid || id === undefined || label === undefined || options === undefined) return undefined;
  const item: ChoiceItem = {
    kind: 'choice',
    id,
    label,
    optional: attributes.flag('optional'),
    multiple,
    options: options.map(({ value, label: optionLabel }) => ({ value, label: optionLabel })),
  };
  state.patientText.push(label, ...item.options.map((option) => option.label));
  const risky = options.filter((option) => option.risk).map((option) => riskOf(id, multiple, option.value));
  if (risky.length === 0) return { type: 'item', ...item };
  return { type: 'item', ...item, risk: risky.length === 1 ? risky[0]! : { type: 'or', operands: risky } };
}

interface ReadOption extends ChoiceOption {
  risk: boolean;
}

/** The options, or `undefined` when any is invalid (reported). */
function readOptions(node: JsxElement, state: LessonState): ReadOption[] | undefined {
  const options: ReadOption[] = [];
  const seen = new Map<string, JsxElement>();
  let valid = true;
  for (const child of componentChildren(node)) {
    if ('other' in child || child.element.name !== 'Option') {
      reportStrayChild(state.file, 'other' in child ? child.other : child.element, 'Choice', 'Option');
      valid = false;
      continue;
    }
    const option = child.element;
    const attributes = readAttributes(option, specOf('Option'), state.file);
    const value = attributes.string('value');
    const label = attributes.string('label');
    if (value === undefined || label === undefined || !attributes.valid) {
      valid = false;
      continue;
    }
    const first = seen.get(value);
    if (first !== undefined) {
      valid = false;
      report(state.file, {
        ruleId: 'choice-options',
        reason: `Option value "${value}" is used twice in this \`<Choice>\` (first at ${first.position?.start.line ?? '?'}:${first.position?.start.column ?? '?'}).`,
        place: attributes.place('value') ?? option.position,
        fix: 'Give each option of a choice its own value.',
      });
      continue;
    }
    seen.set(value, option);
    options.push({ value, label, risk: attributes.flag('risk') });
  }
  if (valid && options.length < 2) {
    report(state.file, {
      ruleId: 'choice-options',
      reason: `A \`<Choice>\` needs at least 2 options; this one has ${options.length}.`,
      place: node.position,
      fix: 'Add `<Option value="…" label="…" />` lines inside the choice, or use `<TextEntry>` for an open answer.',
    });
    return undefined;
  }
  return valid ? options : undefined;
}

/** The condition that holds when `value` is chosen. */
function riskOf(id: string, multiple: boolean, value: string): Condition {
  const ref = { item: id };
  if (multiple) return { type: 'includes', ref, value };
  return { type: 'compare', op: '==', left: { type: 'ref', ref }, right: { type: 'string', value } };
}
