/**
 * Recording changes: a context carries the path and the safety reason down
 * the tree, and small helpers compare values and wording.
 *
 * @module
 */

import { sameJson } from '../json/canonical-json.js';
import type { Change, ChangeOp, ChangeSubject, DiffSummary } from './types.js';
import { wordDiff } from './word-diff.js';

/** Where changes are recorded and what they inherit. */
export interface ChangeContext {
  /** Path segments of the current place. */
  path: string[];
  /** When set, every change recorded here is safety-relevant for this reason. */
  safety: string | undefined;
  /** The list changes are appended to. */
  out: Change[];
}

/** A root context writing into `out`. */
export function rootContext(out: Change[], safety?: string): ChangeContext {
  return { path: [], safety, out };
}

/** A child context one segment deeper; `safety` applies unless the parent already has a reason. */
export function within(context: ChangeContext, segment: string | undefined, safety?: string): ChangeContext {
  return { path: segment === undefined ? context.path : [...context.path, segment], safety: context.safety ?? safety, out: context.out };
}

/** What {@link record} needs beyond the context. */
export interface ChangeFields {
  op: ChangeOp;
  subject: ChangeSubject;
  field?: string;
  before?: unknown;
  after?: unknown;
  /** Extra path segment below the context's path. */
  segment?: string;
  /** A safety reason for this change alone. */
  safety?: string;
}

/** Appends one change, made plain JSON, with the context's path and safety. */
export function record(context: ChangeContext, fields: ChangeFields): void {
  const reason = context.safety ?? fields.safety;
  const change: Change = {
    op: fields.op,
    subject: fields.subject,
    path: fields.segment === undefined ? context.path : [...context.path, fields.segment],
    safety: reason !== undefined,
  };
  if (fields.field !== undefined) change.field = fields.field;
  if (fields.before !== undefined) change.before = plain(fields.before);
  if (fields.after !== undefined) change.after = plain(fields.after);
  if (reason !== undefined) change.safetyReason = reason;
  context.out.push(change);
}

/** Records a `changed` value when the two differ (`undefined` is shown as `null`). */
export function compareValue(context: ChangeContext, subject: ChangeSubject, field: string, before: unknown, after: unknown): void {
  if (sameJson(before ?? null, after ?? null)) return;
  record(context, { op: 'changed', subject, field, before: before ?? null, after: after ?? null });
}

/** Like {@link compareValue} for wording: adds a word-level diff when both sides are text. */
export function compareText(context: ChangeContext, subject: ChangeSubject, field: string, before: string | undefined, after: string | undefined): void {
  if (before === after) return;
  record(context, { op: 'changed', subject, field, before: before ?? null, after: after ?? null });
  if (before !== undefined && after !== undefined) context.out.at(-1)!.words = wordDiff(before, after);
}

/** Counts changes by operation and safety. */
export function summarize(changes: readonly Change[]): DiffSummary {
  const summary: DiffSummary = { added: 0, removed: 0, changed: 0, moved: 0, safety: 0, total: changes.length };
  for (const change of changes) {
    summary[change.op]++;
    if (change.safety) summary.safety++;
  }
  return summary;
}

/** Adds summaries together. */
export function addSummaries(summaries: readonly DiffSummary[]): DiffSummary {
  const total: DiffSummary = { added: 0, removed: 0, changed: 0, moved: 0, safety: 0, total: 0 };
  for (const summary of summaries) for (const key of Object.keys(total) as (keyof DiffSummary)[]) total[key] += summary[key];
  return total;
}

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}
