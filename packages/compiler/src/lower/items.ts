/**
 * Lowers the answerable components with no children: `<Rating>`,
 * `<TextEntry>`, `<NumberEntry>` and `<ThoughtRecord>`.
 *
 * @module
 */

import type { ItemBlock, NumberItem, RatingItem, TextItem, ThoughtRecordField, ThoughtRecordItem } from '@copekit/schema';
import { report } from '../diagnostics.js';
import type { Attributes } from './attributes.js';
import type { JsxElement } from './jsx.js';
import { riskCondition } from './risk.js';
import { addAnswerable, type LessonState } from './state.js';

/** Lowers `<Rating id label min max minLabel? maxLabel? optional? risk?>`. */
export function lowerRating(node: JsxElement, attributes: Attributes, state: LessonState): ItemBlock | undefined {
  const id = attributes.string('id');
  const label = attributes.string('label');
  const min = attributes.number('min');
  const max = attributes.number('max');
  if (id === undefined) return undefined;
  addAnswerable(state, id, { type: 'number' }, node.position);
  if (!attributes.valid || label === undefined || min === undefined || max === undefined || !checkRange(node, attributes, state)) {
    return undefined;
  }
  const item: RatingItem = { kind: 'rating', id, label, optional: attributes.flag('optional'), min, max };
  const minLabel = attributes.string('minLabel');
  const maxLabel = attributes.string('maxLabel');
  if (minLabel !== undefined) item.minLabel = minLabel;
  if (maxLabel !== undefined) item.maxLabel = maxLabel;
  state.patientText.push(label, ...[minLabel, maxLabel].filter((text) => text !== undefined));
  return withRisk(item, attributes, state);
}

/** Lowers `<TextEntry id label optional? maxLength?>`. */
export function lowerTextEntry(node: JsxElement, attributes: Attributes, state: LessonState): ItemBlock | undefined {
  const id = attributes.string('id');
  const label = attributes.string('label');
  if (id === undefined) return undefined;
  addAnswerable(state, id, { type: 'string' }, node.position);
  if (!attributes.valid || label === undefined) return undefined;
  const item: TextItem = { kind: 'text', id, label, optional: attributes.flag('optional') };
  const maxLength = attributes.number('maxLength');
  if (maxLength !== undefined) item.maxLength = maxLength;
  state.patientText.push(label);
  return { type: 'item', ...item };
}

/** Lowers `<NumberEntry id label min? max? unit? integer? optional? risk?>`. */
export function lowerNumberEntry(node: JsxElement, attributes: Attributes, state: LessonState): ItemBlock | undefined {
  const id = attributes.string('id');
  const label = attributes.string('label');
  if (id === undefined) return undefined;
  addAnswerable(state, id, { type: 'number' }, node.position);
  if (!attributes.valid || label === undefined || !checkRange(node, attributes, state)) return undefined;
  const item: NumberItem = { kind: 'number', id, label, optional: attributes.flag('optional'), integer: attributes.flag('integer') };
  const min = attributes.number('min');
  const max = attributes.number('max');
  const unit = attributes.string('unit');
  if (min !== undefined) item.min = min;
  if (max !== undefined) item.max = max;
  if (unit !== undefined) item.unit = unit;
  state.patientText.push(label);
  return withRisk(item, attributes, state);
}

/** The fields of every thought record, in the order they are asked. */
const thoughtRecordFields: readonly ThoughtRecordField[] = [
  { id: 'situation', kind: 'text', label: 'What happened? Where were you, and who was there?' },
  { id: 'thought', kind: 'text', label: 'What went through your mind?' },
  { id: 'feeling', kind: 'text', label: 'What did you feel?' },
  { id: 'intensity', kind: 'rating', label: 'How strong was the feeling, from 0 to 100?', min: 0, max: 100 },
  { id: 'evidence-for', kind: 'text', label: 'What facts support the thought?' },
  { id: 'evidence-against', kind: 'text', label: 'What facts do not fit the thought?' },
  { id: 'balanced-thought', kind: 'text', label: 'What is a more balanced way to see it?' },
  { id: 'rerated-intensity', kind: 'rating', label: 'How strong is the feeling now, from 0 to 100?', min: 0, max: 100 },
];

/** The label of a thought record written without one. */
const thoughtRecordLabel = 'Work through a thought';

/** Lowers `<ThoughtRecord id label? optional?>`. */
export function lowerThoughtRecord(node: JsxElement, attributes: Attributes, state: LessonState): ItemBlock | undefined {
  const id = attributes.string('id');
  if (id === undefined) return undefined;
  addAnswerable(state, id, { type: 'object' }, node.position);
  if (!attributes.valid) return undefined;
  const label = attributes.string('label') ?? thoughtRecordLabel;
  const item: ThoughtRecordItem = {
    kind: 'thought-record',
    id,
    label,
    optional: attributes.flag('optional'),
    fields: thoughtRecordFields.map((field) => ({ ...field })),
  };
  state.patientText.push(label);
  return { type: 'item', ...item };
}

/** Reports `min > max`; returns whether the range is sound. */
function checkRange(node: JsxElement, attributes: Attributes, state: LessonState): boolean {
  const min = attributes.number('min');
  const max = attributes.number('max');
  if (min === undefined || max === undefined || min <= max) return true;
  report(state.file, {
    ruleId: 'attribute-value',
    reason: `\`min\` (${min}) is greater than \`max\` (${max}) on \`<${node.name ?? ''}>\`.`,
    place: attributes.place('min') ?? node.position,
    fix: `Swap them: \`min={${max}}\` and \`max={${min}}\`.`,
  });
  return false;
}

/** The item block, with its `risk` rule when the component has one. */
function withRisk(item: RatingItem | NumberItem, attributes: Attributes, state: LessonState): ItemBlock | undefined {
  const attribute = attributes.node('risk');
  if (attribute === undefined) return { type: 'item', ...item };
  const risk = riskCondition(attribute, item.id, state);
  return risk === undefined ? undefined : { type: 'item', ...item, risk };
}
