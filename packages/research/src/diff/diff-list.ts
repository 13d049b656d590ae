/**
 * The diff of a list of entries with stable keys: removed, added, moved,
 * and a comparison of each entry present on both sides.
 *
 * @module
 */

import { record, within, type ChangeContext } from './change-context.js';
import { matchBy, movedKeys } from './match.js';
import type { ChangeSubject } from './types.js';

/** How {@link diffList} names and compares entries. */
export interface ListOptions<T> {
  subject: ChangeSubject;
  /** The entry's stable key, e.g. an id or an option value. */
  key: (entry: T) => string;
  /** The path segment of an entry, e.g. `option:yard`. */
  segment: (entry: T) => string;
  /** Records the changes of an entry present on both sides. */
  compare?: (context: ChangeContext, before: T, after: T) => void;
}

/**
 * Records removed entries (old order), then in new order each added entry,
 * or for an entry on both sides its move (1-based positions) and its changes.
 *
 * @example
 * ```ts
 * diffList(context, before.options, after.options, {
 *   subject: 'option', key: (o) => o.value, segment: (o) => `option:${o.value}`,
 *   compare: (here, was, now) => compareText(here, 'option', 'label', was.label, now.label),
 * });
 * ```
 */
export function diffList<T>(context: ChangeContext, before: readonly T[], after: readonly T[], options: ListOptions<T>): void {
  const { subject, key, segment, compare } = options;
  const matched = matchBy(before, after, key);
  const moved = movedKeys(before.map(key), after.map(key));
  for (const entry of matched.removed) record(context, { op: 'removed', subject, segment: segment(entry), before: entry });
  for (const entry of after) {
    const old = matched.partner.get(entry);
    if (old === undefined) {
      record(context, { op: 'added', subject, segment: segment(entry), after: entry });
      continue;
    }
    const here = within(context, segment(entry));
    if (moved.has(key(entry))) record(here, { op: 'moved', subject, before: before.indexOf(old) + 1, after: after.indexOf(entry) + 1 });
    compare?.(here, old, entry);
  }
}
