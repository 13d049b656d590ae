/**
 * Changes to instrument definitions: text, licence, items, points, scoring
 * and bands. Every change to an instrument with a risk item is safety-relevant.
 *
 * @module
 */

import type { InstrumentDefinition, InstrumentItem } from '@copekit/schema';
import { compareText, compareValue, record, rootContext, summarize, within, type ChangeContext } from './change-context.js';
import { compareIds } from '../json/canonical-json.js';
import { diffList } from './diff-list.js';
import { matchBy } from './match.js';
import type { Change, ScopeDiff } from './types.js';

/** Whether an instrument has an item with a risk threshold. */
export function hasRiskItems(instrument: InstrumentDefinition | undefined): boolean {
  return instrument?.items.some((item) => item.risk !== undefined) ?? false;
}

/** The instruments that differ between two bundles, sorted by id. */
export function diffInstruments(before: InstrumentDefinition[], after: InstrumentDefinition[]): ScopeDiff[] {
  const matched = matchBy(before, after, (instrument) => instrument.id);
  const scopes: ScopeDiff[] = [];
  const scope = (instrument: InstrumentDefinition, status: ScopeDiff['status'], changes: Change[]) => {
    if (changes.length > 0) scopes.push({ id: instrument.id, title: instrument.title, status, summary: summarize(changes), changes });
  };
  for (const instrument of matched.removed) {
    const changes: Change[] = [];
    record(rootContext(changes, riskReason(instrument)), { op: 'removed', subject: 'instrument', before: instrument });
    scope(instrument, 'removed', changes);
  }
  for (const instrument of matched.added) {
    const changes: Change[] = [];
    record(rootContext(changes, riskReason(instrument)), { op: 'added', subject: 'instrument', after: instrument });
    scope(instrument, 'added', changes);
  }
  for (const [old, next] of matched.pairs) {
    const changes: Change[] = [];
    diffInstrument(rootContext(changes, riskReason(old) ?? riskReason(next)), old, next);
    scope(next, 'changed', changes);
  }
  return scopes.sort((a, b) => compareIds(a.id, b.id));
}

function riskReason(instrument: InstrumentDefinition): string | undefined {
  return hasRiskItems(instrument) ? 'instrument with risk items' : undefined;
}

function diffInstrument(context: ChangeContext, old: InstrumentDefinition, next: InstrumentDefinition): void {
  compareText(context, 'instrument', 'title', old.title, next.title);
  compareValue(context, 'instrument', 'version', old.version, next.version);
  compareText(context, 'instrument', 'citation', old.citation, next.citation);
  compareValue(context, 'instrument', 'validated', old.validated, next.validated);
  compareValue(context, 'instrument', 'licence.status', old.licence.status, next.licence.status);
  compareText(context, 'instrument', 'licence.terms', old.licence.terms, next.licence.terms);
  compareText(context, 'instrument', 'instructions', old.instructions, next.instructions);

  diffList(context, old.points ?? [], next.points ?? [], {
    subject: 'point',
    key: (point) => String(point.value),
    segment: (point) => `point:${point.value}`,
    compare: (here, was, now) => compareText(here, 'point', 'label', was.label, now.label),
  });
  diffList(context, old.items, next.items, { subject: 'instrument-item', key: (item) => item.id, segment: (item) => `item:${item.id}`, compare: diffInstrumentItem });

  const scoring = within(context, 'scoring');
  for (const field of ['method', 'min', 'max', 'positiveAt'] as const) compareValue(scoring, 'scoring', field, old.scoring[field], next.scoring[field]);
  diffList(scoring, old.scoring.bands ?? [], next.scoring.bands ?? [], {
    subject: 'band',
    key: (band) => band.id,
    segment: (band) => `band:${band.id}`,
    compare: (here, was, now) => {
      compareText(here, 'band', 'label', was.label, now.label);
      compareValue(here, 'band', 'min', was.min, now.min);
      compareValue(here, 'band', 'max', was.max, now.max);
    },
  });
}

function diffInstrumentItem(context: ChangeContext, was: InstrumentItem, now: InstrumentItem): void {
  compareText(context, 'instrument-item', 'text', was.text, now.text);
  compareValue(context, 'instrument-item', 'kind', was.kind, now.kind);
  compareValue(context, 'instrument-item', 'min', was.min, now.min);
  compareValue(context, 'instrument-item', 'max', was.max, now.max);
  compareText(context, 'instrument-item', 'minLabel', was.minLabel, now.minLabel);
  compareText(context, 'instrument-item', 'maxLabel', was.maxLabel, now.maxLabel);
  compareValue(context, 'instrument-item', 'risk', was.risk, now.risk);
}
