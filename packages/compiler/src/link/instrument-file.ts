/**
 * Reads one `instruments/<id>.yaml`: YAML with positions, validated against
 * the instrument schema, then the checks the schema cannot express: the id
 * matches the file name, item ids are unique, `scale` items have points and
 * `rating` items a range, and restricted item text ships only under a
 * declared licence. (Risk thresholds are checked by the schema.)
 *
 * @module
 */

import type { InstrumentDefinition, InstrumentItem } from '@copekit/schema';
import { instrumentSchema, validateInstrument } from '@copekit/schema';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { IdScope } from '../lower/id-scope.js';
import { checkSchema } from './schema-problems.js';
import { readYamlSource } from './yaml-source.js';

/** What the manifest says about an instrument. */
export interface InstrumentStatus {
  /** Whether `curriculum.yaml` declares a licence for it. */
  licensed: boolean;
}

/**
 * The definition in `text` (the contents of `file`), or `undefined` when it
 * is invalid (reported).
 *
 * @example
 * readInstrumentFile(new VFile({ path: 'instruments/phq-9.yaml' }), text, { licensed: false })?.id; // => 'phq-9'
 */
export function readInstrumentFile(file: VFile, text: string, status: InstrumentStatus): InstrumentDefinition | undefined {
  const { data, locate } = readYamlSource(file, text, 'instrument');
  if (data === undefined) return undefined;
  const schema = { ruleId: 'instrument', what: file.path, schema: instrumentSchema, locate, fallback: undefined } as const;
  if (!checkSchema(file, validateInstrument, data, schema)) return undefined;
  const definition = data;
  const expected = file.stem ?? '';
  // Lessons find an instrument by its file name, so a different id leaves it usable.
  if (definition.id !== expected) {
    report(file, {
      ruleId: 'instrument',
      reason: `The instrument id \`${definition.id}\` does not match its file name \`${file.basename ?? ''}\`.`,
      place: locate(['id']),
      fix: `Rename the file to \`${definition.id}.yaml\`, or set \`id: ${expected}\`.`,
    });
  }
  const ids = new IdScope('instrument item', file.path);
  let valid = true;
  definition.items.forEach((item, index) => {
    valid = ids.add(file, item.id, locate(['items', index])) && checkItem(file, definition, item, locate(['items', index, 'kind'])) && valid;
    // Restricted text blocks the bundle, but the definition stays usable by lessons.
    if (item.text !== undefined && definition.licence.status === 'restricted' && !status.licensed) {
      report(file, {
        ruleId: 'instrument-licence',
        reason: `\`${definition.id}\` is restricted, and its item text may ship only under a licence declared in curriculum.yaml.`,
        place: locate(['items', index, 'text']),
        fix: `Remove the \`text\` of every item, or declare the licence in curriculum.yaml: \`licences: [{ instrument: ${definition.id}, licence: "<holder and reference>" }]\`.`,
      });
    }
  });
  return valid ? definition : undefined;
}

/** Reports a `scale` item without points, or a `rating` item without a sound range. */
function checkItem(file: VFile, definition: InstrumentDefinition, item: InstrumentItem, place: Position | undefined): boolean {
  if (item.kind === 'scale' && (definition.points ?? []).length === 0) {
    report(file, {
      ruleId: 'instrument',
      reason: `Item \`${item.id}\` is a \`scale\` item, but the instrument has no \`points\`.`,
      place,
      fix: 'Add `points:` with a `value` and `label` for each response, or make the item a `rating` with `min` and `max`.',
    });
    return false;
  }
  if (item.kind === 'rating' && (item.min === undefined || item.max === undefined || item.min > item.max)) {
    report(file, {
      ruleId: 'instrument',
      reason: `Item \`${item.id}\` is a \`rating\` item and needs \`min\` and \`max\`, with \`min\` not above \`max\`.`,
      place,
      fix: 'Add `min:` and `max:` to the item.',
    });
    return false;
  }
  return true;
}
