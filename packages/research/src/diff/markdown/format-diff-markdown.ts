/**
 * The markdown rendering of a bundle diff, for a trial report.
 *
 * @module
 */

import { summarize } from '../change-context.js';
import type { BundleDiff, Change, DiffSummary, ScopeDiff } from '../types.js';
import { describeChange, describePath } from './describe-change.js';
import { code, escapeMarkdown } from './markdown-text.js';

/**
 * Renders a diff as markdown for a trial report: the two versions and
 * hashes, a summary table of counts, every safety-relevant change first
 * (marked ⚠), then curriculum, instrument and per-lesson sections. Wording
 * changes read inline as `~~old~~ **new**`. An empty diff says "No changes".
 *
 * @example
 * ```ts
 * const markdown = formatDiffMarkdown(diffBundles(oldBundle, newBundle));
 * // # Changes in demo-pain 1.0.0 → 1.1.0
 * // …
 * // - step `why-pacing` › prose 1: prose text changed: Doing too much on good days can ~~lead to~~ **cause** a flare-up.
 * ```
 */
export function formatDiffMarkdown(diff: BundleDiff): string {
  const { from, to } = diff;
  const lines = [`# Changes in ${escapeMarkdown(to.curriculum)} ${escapeMarkdown(from.version)} → ${escapeMarkdown(to.version)}`, ''];
  if (!diff.changed) {
    lines.push(`No changes: both bundles have hash ${code(to.hash)}.`);
    return `${lines.join('\n')}\n`;
  }
  lines.push('| | Before | After |', '|---|---|---|');
  lines.push(`| Curriculum | ${code(from.curriculum)} | ${code(to.curriculum)} |`);
  lines.push(`| Version | ${code(from.version)} | ${code(to.version)} |`);
  lines.push(`| Bundle hash | ${code(from.hash)} | ${code(to.hash)} |`, '');

  lines.push('## Summary', '', '| Scope | Status | Added | Removed | Changed | Moved | Safety |', '|---|---|--:|--:|--:|--:|--:|');
  if (diff.curriculum.length > 0) lines.push(summaryRow('Curriculum', 'changed', summarize(diff.curriculum)));
  for (const scope of diff.instruments) lines.push(summaryRow(`Instrument ${code(scope.id)}`, scope.status, scope.summary));
  for (const scope of diff.lessons) lines.push(summaryRow(`Lesson ${code(scope.id)}`, scope.status, scope.summary));
  lines.push(summaryRow('**Total**', '', diff.summary), '');

  const safety = [
    ...diff.curriculum.filter((change) => change.safety).map((change) => ({ scope: 'Curriculum', change })),
    ...diff.instruments.flatMap((scope) => scopeSafety(`Instrument ${code(scope.id)}`, scope)),
    ...diff.lessons.flatMap((scope) => scopeSafety(`Lesson ${code(scope.id)}`, scope)),
  ];
  if (safety.length > 0) {
    lines.push(`## ⚠ Safety-relevant changes (${safety.length})`, '', 'Review these first. They are not repeated in the sections below.', '');
    for (const { scope, change } of safety) lines.push(changeLine(change, scope));
    lines.push('');
  }
  if (diff.curriculum.length > 0) lines.push(...section('## Curriculum', diff.curriculum));
  if (diff.instruments.length > 0) {
    lines.push('## Instruments', '');
    for (const scope of diff.instruments) lines.push(...section(scopeHeading('Instrument', scope), scope.changes));
  }
  if (diff.lessons.length > 0) {
    lines.push('## Lessons', '');
    for (const scope of diff.lessons) {
      const heading = [scopeHeading('Lesson', scope)];
      if (scope.hash !== undefined) heading.push('', `Lesson hash: ${scope.hash.before === null ? '(none)' : code(scope.hash.before)} → ${scope.hash.after === null ? '(none)' : code(scope.hash.after)}`);
      lines.push(...section(heading.join('\n'), scope.changes));
    }
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

function scopeHeading(kind: string, scope: ScopeDiff): string {
  return `### ${kind} ${code(scope.id)}: ${escapeMarkdown(scope.title)} (${scope.status})`;
}

function section(heading: string, changes: readonly Change[]): string[] {
  const lines = [heading, ''];
  const safe = changes.filter((change) => !change.safety);
  const flagged = changes.length - safe.length;
  if (flagged > 0) lines.push(`⚠ ${flagged} safety-relevant ${flagged === 1 ? 'change is' : 'changes are'} listed under Safety-relevant changes above.`, '');
  for (const change of safe) lines.push(changeLine(change));
  if (safe.length > 0) lines.push('');
  return lines;
}

function scopeSafety(scope: string, diff: ScopeDiff): { scope: string; change: Change }[] {
  return diff.changes.filter((change) => change.safety).map((change) => ({ scope, change }));
}

function changeLine(change: Change, scope?: string): string {
  const where = [scope, change.path.length > 0 ? describePath(change.path) : undefined].filter((part) => part !== undefined).join(' › ');
  const prefix = change.safety ? '⚠ ' : '';
  const reason = change.safetyReason === undefined ? '' : ` _(safety: ${escapeMarkdown(change.safetyReason)})_`;
  const body = describeChange(change);
  const [first, ...rest] = body.split('\n');
  const head = `- ${prefix}${where === '' ? '' : `${where}: `}${first}${rest.length === 0 ? reason : ''}`;
  return rest.length === 0 ? head : [head, ...rest, ...(reason === '' ? [] : ['', `  ${reason.trim()}`])].join('\n');
}

function summaryRow(scope: string, status: string, summary: DiffSummary): string {
  return `| ${scope} | ${status} | ${summary.added} | ${summary.removed} | ${summary.changed} | ${summary.moved} | ${summary.safety} |`;
}
