import type { Change } from '../src/diff/types.js';

/** A compact, readable projection of changes for assertions. */
export function brief(changes: readonly Change[]): string[] {
  return changes.map((change) =>
    [
      change.safety ? `⚠ ${change.safetyReason ?? ''}` : '',
      change.op,
      change.subject,
      change.path.join(' › '),
      change.field ?? '',
      change.op === 'moved' || change.op === 'changed' ? `${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}` : '',
    ]
      .filter((part) => part !== '')
      .join(' | '),
  );
}
