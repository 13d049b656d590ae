/**
 * Changes between two versions of one answerable item: label, kind, range,
 * options, points, thought-record fields, optional and the risk rule.
 *
 * @module
 */

import { printCondition, type Item } from '@copekit/schema';
import { compareText, compareValue, type ChangeContext } from '../change-context.js';
import { diffList } from '../diff-list.js';

/** Records the changes between two versions of an item with the same id. */
export function diffItem(context: ChangeContext, was: Item, now: Item): void {
  compareValue(context, 'item', 'kind', was.kind, now.kind);
  compareText(context, 'item', 'label', was.label, now.label);
  compareValue(context, 'item', 'optional', was.optional, now.optional);
  compareValue(context, 'item', 'risk', riskText(was), riskText(now));
  compareValue(context, 'item', 'instrument', was.instrument, now.instrument);
  if (was.kind === 'rating' && now.kind === 'rating') {
    compareValue(context, 'item', 'min', was.min, now.min);
    compareValue(context, 'item', 'max', was.max, now.max);
    compareText(context, 'item', 'minLabel', was.minLabel, now.minLabel);
    compareText(context, 'item', 'maxLabel', was.maxLabel, now.maxLabel);
  } else if (was.kind === 'number' && now.kind === 'number') {
    compareValue(context, 'item', 'min', was.min, now.min);
    compareValue(context, 'item', 'max', was.max, now.max);
    compareValue(context, 'item', 'unit', was.unit, now.unit);
    compareValue(context, 'item', 'integer', was.integer, now.integer);
  } else if (was.kind === 'text' && now.kind === 'text') {
    compareValue(context, 'item', 'maxLength', was.maxLength, now.maxLength);
  } else if (was.kind === 'choice' && now.kind === 'choice') {
    compareValue(context, 'item', 'multiple', was.multiple, now.multiple);
    diffLabelled(context, 'option', was.options, now.options, (option) => option.value);
  } else if (was.kind === 'scale' && now.kind === 'scale') {
    diffLabelled(context, 'point', was.points, now.points, (point) => String(point.value));
  } else if (was.kind === 'thought-record' && now.kind === 'thought-record') {
    diffLabelled(context, 'field', was.fields, now.fields, (field) => field.id, (here, before, after) => {
      compareValue(here, 'field', 'kind', before.kind, after.kind);
      compareValue(here, 'field', 'min', before.min, after.min);
      compareValue(here, 'field', 'max', before.max, after.max);
    });
  }
}

/** The printed risk rule of an item, if any. */
export function riskText(item: Item): string | undefined {
  return item.risk === undefined ? undefined : printCondition(item.risk);
}

/** Diffs labelled entries keyed by `key`: added, removed, moved, relabelled, and `more`. */
function diffLabelled<T extends { label: string }>(
  context: ChangeContext,
  subject: 'option' | 'point' | 'field',
  before: readonly T[],
  after: readonly T[],
  key: (entry: T) => string,
  more?: (here: ChangeContext, before: T, after: T) => void,
): void {
  diffList(context, before, after, {
    subject,
    key,
    segment: (entry) => `${subject}:${key(entry)}`,
    compare: (here, was, now) => {
      compareText(here, subject, 'label', was.label, now.label);
      more?.(here, was, now);
    },
  });
}
