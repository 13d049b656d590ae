/**
 * Reporting a reminder as delivered, so it is not due again.
 *
 * @module
 */

import type { ReminderKind } from '@copekit/schema';
import type { ProgramModel, Transition } from '../state/program-model.js';
import { reject, type ProgramRejection } from '../state/rejection.js';

const kinds: readonly ReminderKind[] = ['check-in', 'practice', 'session', 'missed-week'];

/**
 * Records the reminder `key` as sent at `now` (`reminder.sent`), or says why not.
 *
 * @example
 * ```ts
 * markSent(model, 'check-in:2026-01-05').drafts; // => [{ type: 'reminder.sent', payload: { key: 'check-in:2026-01-05', kind: 'check-in' } }]
 * ```
 */
export function markSent(model: ProgramModel, key: string): Transition | ProgramRejection {
  const kind = typeof key === 'string' ? kinds.find((one) => key.startsWith(`${one}:`) && key.length > one.length + 1) : undefined;
  if (kind === undefined) return reject('invalid-input', 'Pass the `key` of a reminder from `getReminders()`, e.g. `check-in:2026-01-05`.');
  const { state } = model;
  if (state.remindersSent.includes(key)) return reject('already-done', `The reminder \`${key}\` was already reported as sent.`);
  return { state: { ...state, remindersSent: [...state.remindersSent, key] }, drafts: [{ type: 'reminder.sent', payload: { key, kind } }] };
}
