/**
 * The plain-text rendering of a bundle diff, for a terminal.
 *
 * @module
 */

import type { BundleDiff, Change, DiffSummary } from '../types.js';
import { describeChange, describePath } from '../markdown/describe-change.js';
import { plainText } from './plain-text.js';

/**
 * Renders a diff as plain text: the two versions and hashes, the counts,
 * every safety-relevant change first (marked ⚠ with its reason), then the
 * other changes per scope. Wording changes read as `[-old-] {+new+}`.
 *
 * @example
 * ```ts
 * console.log(formatDiffText(diffBundles(oldBundle, newBundle)));
 * // demo-pain 1.0.0 → 1.1.0
 * // …
 * // Lesson pacing-basics (changed)
 * //   step why-pacing › prose 1: prose text changed: Doing too much on good days can [-lead to-] {+cause+} a flare-up.
 * ```
 */
export function formatDiffText(diff: BundleDiff): string {
  const { from, to } = diff;
  const lines = [`${to.curriculum} ${from.version} → ${to.version}`, `  before ${from.hash}`, `  after  ${to.hash}`, ''];
  if (!diff.changed) return `${[...lines, 'No changes.'].join('\n')}\n`;
  lines.push(`${counts(diff.summary)}`);
  const scopes = [
    { name: 'Curriculum', changes: diff.curriculum },
    ...diff.instruments.map((scope) => ({ name: `Instrument ${scope.id} (${scope.status})`, changes: scope.changes })),
    ...diff.lessons.map((scope) => ({ name: `Lesson ${scope.id} (${scope.status})`, changes: scope.changes })),
  ];
  const safety = scopes.flatMap(({ name, changes }) => changes.filter((change) => change.safety).map((change) => ({ name, change })));
  if (safety.length > 0) {
    lines.push('', `⚠ Safety-relevant changes (${safety.length}), review these first:`);
    for (const { name, change } of safety) lines.push(...changeLines(change, name));
  }
  for (const { name, changes } of scopes) {
    const other = changes.filter((change) => !change.safety);
    if (other.length === 0) continue;
    lines.push('', name);
    for (const change of other) lines.push(...changeLines(change));
  }
  return `${lines.join('\n')}\n`;
}

function changeLines(change: Change, scope?: string): string[] {
  const where = [scope, change.path.length > 0 ? plainText(describePath(change.path)) : undefined].filter((part) => part !== undefined).join(' › ');
  const reason = change.safetyReason === undefined ? '' : ` [safety: ${change.safetyReason}]`;
  const [first, ...rest] = plainText(describeChange(change)).split('\n').filter((line) => line.trim() !== '');
  return [`  ${change.safety ? '⚠ ' : ''}${where === '' ? '' : `${where}: `}${first ?? ''}${reason}`, ...rest.map((line) => `    ${line.trim()}`)];
}

function counts(summary: DiffSummary): string {
  return `${summary.total} ${summary.total === 1 ? 'change' : 'changes'}: ${summary.added} added, ${summary.removed} removed, ${summary.changed} changed, ${summary.moved} moved${summary.safety > 0 ? `; ⚠ ${summary.safety} safety-relevant` : ''}`;
}
