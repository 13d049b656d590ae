/**
 * Expands `<Instrument ref id?>` into the instrument's items: ids
 * `<block id>-<item id>`, kind `scale` with the instrument's points or kind
 * `rating`, an `instrument` link on each, and the definition's risk rules.
 * A restricted instrument whose text is not supplied cannot be used.
 *
 * @module
 */

import type { Condition, InstrumentBlock, InstrumentDefinition, InstrumentItem, Item } from '@copekit/schema';
import { report } from '../diagnostics.js';
import { parseThreshold, thresholdToCondition } from '../conditions/index.js';
import type { Attributes } from './attributes.js';
import type { ContextInstrument } from './context.js';
import { didYouMean } from './did-you-mean.js';
import type { JsxElement } from './jsx.js';
import { addAnswerable, type LessonState } from './state.js';

/** Lowers an `<Instrument>`. */
export function lowerInstrument(node: JsxElement, attributes: Attributes, state: LessonState): InstrumentBlock | undefined {
  const ref = attributes.string('ref');
  if (ref === undefined) return undefined;
  const id = attributes.string('id') ?? ref;
  addAnswerable(state, id, { type: 'number' }, node.position);
  const instrument = state.context.instruments.get(ref);
  const definition = instrument?.definition;
  if (instrument === undefined || definition === undefined) {
    // Its items are unknown: conditions on them are not reported as well.
    state.unknownItemPrefixes.push(`${id}-`);
    if (instrument === undefined) reportUnknown(node, attributes, ref, state);
    return undefined;
  }
  let valid = attributes.valid && checkDeclared(node, attributes, instrument, state) && checkText(node, instrument, definition, state);
  const items: Item[] = [];
  for (const item of definition.items) {
    const itemId = `${id}-${item.id}`;
    valid = addAnswerable(state, itemId, { type: 'number' }, node.position) && valid;
    items.push(expandItem(item, itemId, definition, id));
  }
  if (!valid) return undefined;
  // Instrument text is fixed by its authors: it is not checked for readability.
  const { instructions } = definition;
  return instructions === undefined ? { type: 'instrument', id, ref, items } : { type: 'instrument', id, ref, instructions, items };
}

/** Reports an instrument that has no file. */
function reportUnknown(node: JsxElement, attributes: Attributes, ref: string, state: LessonState): void {
  report(state.file, {
    ruleId: 'unknown-instrument',
    reason: `No instrument \`${ref}\` is defined.`,
    place: attributes.place('ref') ?? node.position,
    fix: didYouMean(ref, state.context.instruments.keys(), `Define it in \`instruments/${ref}.yaml\` and list it under \`instruments\` in curriculum.yaml.`),
  });
}

/** Reports an instrument that curriculum.yaml does not list. */
function checkDeclared(node: JsxElement, attributes: Attributes, instrument: ContextInstrument, state: LessonState): boolean {
  if (instrument.declared) return true;
  const ref = attributes.string('ref') ?? '';
  report(state.file, {
    ruleId: 'unknown-instrument',
    reason: `Instrument \`${ref}\` is not listed under \`instruments\` in curriculum.yaml.`,
    place: attributes.place('ref') ?? node.position,
    fix: `Add \`- ${ref}\` under \`instruments\` in curriculum.yaml.`,
  });
  return false;
}

/** Reports a restricted instrument whose item text is not supplied. */
function checkText(node: JsxElement, instrument: ContextInstrument, definition: InstrumentDefinition, state: LessonState): boolean {
  const { path } = instrument;
  if (definition.items.every((item) => item.text !== undefined)) return true;
  const restricted = definition.licence.status === 'restricted';
  report(state.file, {
    ruleId: 'instrument-licence',
    reason: restricted
      ? `\`${definition.id}\` is a restricted instrument and its item text is not supplied, so it cannot be asked.`
      : `Some items of \`${definition.id}\` have no text, so it cannot be asked.`,
    place: node.position,
    fix: restricted
      ? `A licensed user supplies the text: add each item's \`text\` to ${path} and declare the licence under \`licences\` in curriculum.yaml (\`- instrument: ${definition.id}\` with \`licence: <holder and reference>\`).`
      : `Add a \`text\` to every item in ${path}.`,
  });
  return false;
}

/** One instrument item as a lesson item. */
function expandItem(item: InstrumentItem, id: string, definition: InstrumentDefinition, block: string): Item {
  const base = { id, label: item.text ?? '', optional: false };
  const link = { id: definition.id, item: item.id, block };
  const risk = item.risk === undefined ? undefined : riskOf(item.risk, id);
  const withRisk = risk === undefined ? { instrument: link } : { risk, instrument: link };
  if (item.kind === 'scale') {
    return { kind: 'scale', ...base, points: (definition.points ?? []).map((point) => ({ ...point })), ...withRisk };
  }
  const rating: Item = { kind: 'rating', ...base, min: item.min ?? 0, max: item.max ?? 0 };
  if (item.minLabel !== undefined) rating.minLabel = item.minLabel;
  if (item.maxLabel !== undefined) rating.maxLabel = item.maxLabel;
  return { ...rating, ...withRisk };
}

/** The risk condition of an item; invalid thresholds are reported on the instrument file. */
function riskOf(threshold: string, id: string): Condition | undefined {
  const parsed = parseThreshold(threshold);
  return 'error' in parsed ? undefined : thresholdToCondition(id, parsed);
}
